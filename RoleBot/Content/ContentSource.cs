namespace RoleBot.Content;

/// <summary>
/// Serves content read from files under dialogs/ and reloads it when one of its files changes. The first load
/// throws, so a broken file stops startup with its file, path and reason; a later broken edit is logged and the
/// last good version keeps serving, so a typo never takes the bot down. Files are looked at when the content is
/// read, at most once per <see cref="CheckInterval"/> on the injected clock: a question never pays for more than
/// a stat, no watcher thread races a half-written save, and tests move the clock instead of waiting.
/// </summary>
public sealed class ContentSource<T> : IContentSource<T>
    where T : class
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);

    private readonly Func<T> _load;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private T _current;
    private FileStamps _stamps;
    private long _lastCheck;
    private long _loads = 1;
    private long _loadFailures;

    /// <param name="name">What the content is, for logs ("knowledge base", "dialog MainDialog").</param>
    /// <param name="path">The file or folder the content comes from, for logs.</param>
    /// <param name="files">Every file the content is read from; a change to any of them reloads it.</param>
    /// <param name="load">Reads and validates the files; throws with the file, path and reason when they are broken.</param>
    public ContentSource(string name, string path, IReadOnlyList<string> files, Func<T> load, ILogger logger, TimeProvider time)
    {
        Name = name;
        Path = path;
        Files = files;
        _load = load;
        _logger = logger;
        _time = time;
        _stamps = FileStamps.Of(files);
        _current = load();
        _lastCheck = time.GetTimestamp();
        ContentLog.Loaded(logger, name, path);
    }

    public string Name { get; }

    /// <summary>Versions loaded since start (the first included), for the reload metrics.</summary>
    public long Loads => Interlocked.Read(ref _loads);

    /// <summary>Edits refused because they were broken.</summary>
    public long LoadFailures => Interlocked.Read(ref _loadFailures);

    public string Path { get; }

    public IReadOnlyList<string> Files { get; }

    public T Current
    {
        get
        {
            if (_time.GetElapsedTime(Interlocked.Read(ref _lastCheck)) >= CheckInterval)
            {
                ReloadIfChanged();
            }

            return Volatile.Read(ref _current);
        }
    }

    /// <summary>Reloads now, changed or not; returns false (and keeps the current version) when the files are broken.</summary>
    public bool Reload()
    {
        lock (_gate)
        {
            return TryLoad(FileStamps.Of(Files), string.Join(", ", Files.Select(System.IO.Path.GetFileName)));
        }
    }

    private void ReloadIfChanged()
    {
        lock (_gate)
        {
            Interlocked.Exchange(ref _lastCheck, _time.GetTimestamp());
            var stamps = FileStamps.Of(Files);
            if (stamps != _stamps)
            {
                TryLoad(stamps, string.Join(", ", stamps.Changed(_stamps, Files)));
            }
        }
    }

    // A broken version is remembered too, so it is reported once rather than on every read until it is fixed.
    private bool TryLoad(FileStamps stamps, string changed)
    {
        _stamps = stamps;
        T next;
        try
        {
            next = _load();
        }
        catch (Exception e)
        {
            Interlocked.Increment(ref _loadFailures);
            ContentLog.ReloadFailed(_logger, Name, changed, Path, e.Message);
            return false;
        }

        Volatile.Write(ref _current, next);
        Interlocked.Increment(ref _loads);
        ContentLog.Reloaded(_logger, Name, changed, Path);
        return true;
    }
}
