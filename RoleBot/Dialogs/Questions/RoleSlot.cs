namespace RoleBot.Dialogs.Questions;

/// <summary>One role a question needs: known (RoleId), ambiguous (several Candidates for Text), or still missing.</summary>
public sealed record RoleSlot
{
    public string? RoleId { get; init; }

    public List<string> Candidates { get; init; } = [];

    public string? Text { get; init; }

    /// <summary>What the user's title added to the role ("Customer Success" of "VP of Customer Success").</summary>
    public string? Qualifier { get; init; }

    public bool IsFilled => RoleId is not null;

    public bool IsAmbiguous => RoleId is null && Candidates.Count > 1;

    public static RoleSlot Known(string roleId) => new() { RoleId = roleId };
}
