namespace RoleBot.Knowledge.Validation;

/// <summary>The ids declared in a document, for resolving references.</summary>
internal sealed record KnowledgeBaseIds(
    IReadOnlyDictionary<string, Role> Roles,
    IReadOnlySet<string> Sources,
    IReadOnlySet<string> Tracks,
    IReadOnlySet<int> Levels);
