using RoleBot.Understanding;

namespace RoleBot.Dialogs.Questions;

/// <summary>
/// A fully resolved question: every role is a knowledge-base id. Only these reach the answerer. AsksHigher marks a
/// career question about the roles above ("what is higher than a director?") rather than the usual next steps.
/// </summary>
public sealed record RoleQuestion(Intent Intent, IReadOnlyList<string> RoleIds, bool AsksLower = false, string? FaqId = null, bool AsksHigher = false, bool IsYesNo = false, bool LeadsWithVerdict = false, bool AsksShared = false)
{
    /// <summary>Per role, what the user's title added to it ("Customer Success"), shown beside the role; null for none.</summary>
    public IReadOnlyList<string?> Qualifiers { get; init; } = [];
}
