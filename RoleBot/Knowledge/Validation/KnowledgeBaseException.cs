namespace RoleBot.Knowledge.Validation;

/// <summary>The knowledge base could not be loaded; carries every error found, not just the first.</summary>
public sealed class KnowledgeBaseException(IReadOnlyList<KnowledgeBaseError> errors)
    : Exception(Describe(errors))
{
    public IReadOnlyList<KnowledgeBaseError> Errors { get; } = errors;

    private static string Describe(IReadOnlyList<KnowledgeBaseError> errors) =>
        $"The knowledge base is invalid ({errors.Count} error{(errors.Count == 1 ? "" : "s")}):"
        + string.Concat(errors.Select(e => Environment.NewLine + "  " + e));
}
