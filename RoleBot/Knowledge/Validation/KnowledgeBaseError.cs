namespace RoleBot.Knowledge.Validation;

/// <summary>One problem in a knowledge base file, located by JSON path (and line when known).</summary>
public sealed record KnowledgeBaseError(string File, string Path, string Message, long? Line = null)
{
    public override string ToString() =>
        Line is { } line ? $"{File}({line}): {Path}: {Message}" : $"{File}: {Path}: {Message}";
}
