using RoleBot.Knowledge;

namespace RoleBot.Content.Knowledge;

/// <summary>
/// Serves the knowledge base (dialogs/knowledge-base/en-us/roles.kb.json, or RoleBot:KnowledgeBasePath) and
/// reloads it the way every content file reloads (<see cref="ContentSource{T}"/>). The first load throws a
/// KnowledgeBaseException with every error; a later invalid edit is logged and the previous version keeps serving.
/// </summary>
public sealed class FileKnowledgeBaseProvider(string path, ILogger<FileKnowledgeBaseProvider> logger, TimeProvider time) : IKnowledgeBaseProvider
{
    public const string ContentName = "knowledge base";

    private readonly ContentSource<KnowledgeBase> _source = new(
        ContentName, Path.GetFullPath(path), [Path.GetFullPath(path)], () => KnowledgeBaseLoader.LoadFile(Path.GetFullPath(path)), logger, time);

    public KnowledgeBase Current => _source.Current;

    public string FilePath => _source.Path;

    public long Loads => _source.Loads;

    public long LoadFailures => _source.LoadFailures;

    /// <summary>Reloads now; returns false (and keeps the current knowledge base) when the file is invalid.</summary>
    public bool Reload() => _source.Reload();
}
