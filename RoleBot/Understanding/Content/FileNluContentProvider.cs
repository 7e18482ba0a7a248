namespace RoleBot.Understanding.Content;

/// <summary>
/// Serves the content from dialogs/language-understanding/en-us and reloads it when a file's timestamp changes,
/// checked at most once a second so a question never pays for more than a stat. A broken edit keeps the last
/// good version serving and is logged. The interval is measured on the injected clock so tests can move it.
/// </summary>
public sealed class FileNluContentProvider(string folder, ILogger<FileNluContentProvider> logger, TimeProvider time) : INluContentProvider
{
    private static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);
    private readonly Lock _gate = new();
    private NluContent? _current;
    private (DateTime, DateTime, DateTime) _stamps;
    private long _lastCheck;

    public string Folder => folder;

    public NluContent Current
    {
        get
        {
            var current = Volatile.Read(ref _current);
            if (current is not null && time.GetElapsedTime(Interlocked.Read(ref _lastCheck)) < CheckInterval)
            {
                return current;
            }

            lock (_gate)
            {
                Interlocked.Exchange(ref _lastCheck, time.GetTimestamp());
                var stamps = Stamps();
                if (_current is not null && stamps == _stamps)
                {
                    return _current;
                }

                try
                {
                    Volatile.Write(ref _current, NluContentReader.Read(folder));
                    _stamps = stamps;
                    logger.LogInformation("Loaded language-understanding content from {Folder}", folder);
                }
                catch (Exception e) when (_current is not null && e is InvalidDataException or IOException)
                {
                    _stamps = stamps;
                    logger.LogError(e, "Language-understanding content in {Folder} is invalid; keeping the previous version", folder);
                }

                return _current;
            }
        }
    }

    private (DateTime, DateTime, DateTime) Stamps() => (
        File.GetLastWriteTimeUtc(Path.Combine(folder, NluContentReader.SynonymsFileName)),
        File.GetLastWriteTimeUtc(Path.Combine(folder, NluContentReader.IntentsFileName)),
        File.GetLastWriteTimeUtc(Path.Combine(folder, NluContentReader.RealWordsFileName)));
}
