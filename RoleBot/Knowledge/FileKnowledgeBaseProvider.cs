using RoleBot.Knowledge.Loading;
using RoleBot.Knowledge.Validation;

namespace RoleBot.Knowledge;

/// <summary>
/// Serves the knowledge base from a file and hot-reloads it. The first load throws (startup must fail fast);
/// a later invalid edit is logged and the previous knowledge base keeps serving, so a typo never takes the bot down.
/// Editors often save by writing a temp file and renaming it over the original, so the whole folder is watched
/// and every event touching the file name (change, create, rename onto it) schedules one debounced reload.
/// </summary>
public sealed partial class FileKnowledgeBaseProvider : IKnowledgeBaseProvider, IDisposable
{
    private static readonly TimeSpan DefaultDebounce = TimeSpan.FromMilliseconds(300);

    private readonly string _path;
    private readonly ILogger<FileKnowledgeBaseProvider> _logger;
    private readonly FileSystemWatcher _watcher;
    private readonly Timer _debounce;
    private readonly TimeSpan _delay;
    private readonly Lock _reloadLock = new();
    private KnowledgeBase _current;

    public FileKnowledgeBaseProvider(string path, ILogger<FileKnowledgeBaseProvider> logger, TimeSpan? debounce = null)
    {
        _path = Path.GetFullPath(path);
        _logger = logger;
        _delay = debounce ?? DefaultDebounce;
        _current = KnowledgeBaseLoader.LoadFile(_path);
        LogLoaded(_logger, _current.Roles.Count, _current.Comparisons.Count, _current.Faqs.Count, _path);

        _debounce = new Timer(_ => Reload(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(Path.GetDirectoryName(_path)!)
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        _watcher.Changed += OnFileEvent;
        _watcher.Created += OnFileEvent;
        _watcher.Renamed += OnFileEvent;
        _watcher.EnableRaisingEvents = true;
    }

    public KnowledgeBase Current => Volatile.Read(ref _current);

    public string FilePath => _path;

    /// <summary>Raised after a successful reload with the new knowledge base.</summary>
    public event Action<KnowledgeBase>? Reloaded;

    /// <summary>Reloads now; returns false (and keeps the current knowledge base) when the file is invalid.</summary>
    public bool Reload()
    {
        lock (_reloadLock)
        {
            KnowledgeBase next;
            try
            {
                next = KnowledgeBaseLoader.LoadFile(_path);
            }
            catch (KnowledgeBaseException e)
            {
                LogRejected(_logger, e.Errors.Count, _path, e.Message);
                return false;
            }

            Volatile.Write(ref _current, next);
            LogLoaded(_logger, next.Roles.Count, next.Comparisons.Count, next.Faqs.Count, _path);
            Reloaded?.Invoke(next);
            return true;
        }
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _debounce.Dispose();
    }

    private void OnFileEvent(object sender, FileSystemEventArgs e)
    {
        if (string.Equals(Path.GetFullPath(e.FullPath), _path, StringComparison.Ordinal))
        {
            // Saves arrive as bursts of events (truncate, write, rename); restart the timer so one reload follows the last.
            _debounce.Change(_delay, Timeout.InfiniteTimeSpan);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge base loaded: {Roles} roles, {Comparisons} comparisons, {Faqs} FAQs from {Path}")]
    private static partial void LogLoaded(ILogger logger, int roles, int comparisons, int faqs, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Knowledge base edit rejected ({Count} errors) in {Path}; still serving the previous version. {Details}")]
    private static partial void LogRejected(ILogger logger, int count, string path, string details);
}
