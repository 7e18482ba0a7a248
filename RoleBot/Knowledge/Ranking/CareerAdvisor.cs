using RoleBot.Content.Knowledge;

namespace RoleBot.Knowledge.Ranking;

/// <summary>Career questions: "what comes after X?", "what is higher than X?" and "which roles are below X?".</summary>
public sealed class CareerAdvisor(IKnowledgeBaseProvider provider)
{
    /// <summary>The usual next career steps of a role, as listed in the knowledge base.</summary>
    public IReadOnlyList<Role> NextSteps(Role role)
    {
        var kb = provider.Current;
        return [.. role.NextSteps.Select(kb.FindRole).OfType<Role>()];
    }

    /// <summary>The roles that usually report to a role, then the lower rungs of its own track; nearest first.</summary>
    public IReadOnlyList<Role> LowerThan(Role role)
    {
        var kb = provider.Current;
        var reports = kb.Roles.Where(r => r.ReportsTo.Contains(role.Id, StringComparer.OrdinalIgnoreCase));
        var track = kb.Roles.Where(r => string.Equals(r.Track, role.Track, StringComparison.OrdinalIgnoreCase) && r.Level < role.Level);
        return [.. reports.Concat(track)
            .DistinctBy(r => r.Id, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(r => r.Level)
            .ThenBy(r => r.Name, StringComparer.Ordinal)];
    }

    /// <summary>Roles one rung above on the same track, then the usual managers, then the usual next steps; lowest first.</summary>
    public IReadOnlyList<Role> HigherThan(Role role)
    {
        var kb = provider.Current;
        var above = kb.Roles
            .Where(r => string.Equals(r.Track, role.Track, StringComparison.OrdinalIgnoreCase) && r.Level > role.Level)
            .ToList();
        var rung = above.Count == 0 ? [] : above.Where(r => r.Level == above.Min(x => x.Level)).ToList();
        // Prefer the rung roles this role actually climbs to (a VP's next rung is SVP, not the CISO who shares its level).
        var connected = rung.Where(r => role.NextSteps.Contains(r.Id, StringComparer.OrdinalIgnoreCase) || ReportingGraph.Chain(kb, role, r).Count > 0).ToList();
        var nextRung = connected.Count > 0 ? connected : rung;
        var managers = role.ReportsTo.Select(kb.FindRole).OfType<Role>();
        var next = NextSteps(role).Where(r => r.Level > role.Level);
        return [.. nextRung.Concat(managers).Concat(next)
            .DistinctBy(r => r.Id, StringComparer.OrdinalIgnoreCase)
            .OrderBy(r => r.Level)
            .ThenBy(r => r.Name, StringComparer.Ordinal)];
    }
}
