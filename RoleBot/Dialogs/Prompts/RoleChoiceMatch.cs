namespace RoleBot.Dialogs.Prompts;

/// <summary>How an answer to a role prompt resolved: one role, several candidates ("PM"), or nothing.</summary>
public sealed record RoleChoiceMatch(string? RoleId, IReadOnlyList<string> Candidates, string? AmbiguousText)
{
    public static RoleChoiceMatch None { get; } = new(null, [], null);

    public static RoleChoiceMatch Found(string roleId) => new(roleId, [], null);

    public static RoleChoiceMatch Ambiguous(IReadOnlyList<string> candidates, string text) => new(null, candidates, text);

    public bool IsAmbiguous => RoleId is null && Candidates.Count > 1;
}
