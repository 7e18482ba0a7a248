namespace RoleBot.Dialogs.Prompts;

/// <summary>How an answer to a role prompt resolved: one role, several candidates ("PM"), or nothing.</summary>
public sealed record RoleMatch(string? RoleId, IReadOnlyList<string> Candidates, string? AmbiguousText)
{
    public static RoleMatch None { get; } = new(null, [], null);

    public static RoleMatch Found(string roleId) => new(roleId, [], null);

    public static RoleMatch Ambiguous(IReadOnlyList<string> candidates, string text) => new(null, candidates, text);

    public bool IsAmbiguous => RoleId is null && Candidates.Count > 1;
}
