namespace RoleBot.Knowledge.Ranking;

public enum ReportingKind
{
    Direct,
    Indirect,
    NotUsually,
}

/// <summary>Whether Subordinate usually reports to Manager; Chain runs from the subordinate up to the manager.</summary>
public sealed record ReportingLine(Role Subordinate, Role Manager, ReportingKind Kind, IReadOnlyList<Role> Chain);
