using RoleBot.Understanding;

namespace RoleBot.Dialogs.Questions;

/// <summary>How many roles each kind of question is about.</summary>
public static class IntentRoles
{
    public static int Needed(Intent intent) => intent switch
    {
        Intent.Rank or Intent.Compare => 2,
        Intent.ReportsTo or Intent.Describe or Intent.NextStep or Intent.Requirements or Intent.Skills or Intent.Interview => 1,
        _ => 0,
    };

    public static bool IsRoleQuestion(Intent intent) => Needed(intent) > 0;

    public static bool IsPair(Intent intent) => Needed(intent) == 2;
}
