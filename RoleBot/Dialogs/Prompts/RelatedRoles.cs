using RoleBot.Knowledge;

namespace RoleBot.Dialogs.Prompts;

/// <summary>Roles worth offering next to a known one: its usual managers and next steps, then its track neighbours.</summary>
public static class RelatedRoles
{
    public static List<string> For(KnowledgeBase kb, string roleId, int count = 3)
    {
        if (kb.FindRole(roleId) is not { } role)
        {
            return [];
        }

        var neighbours = kb.Roles
            .Where(r => string.Equals(r.Track, role.Track, StringComparison.OrdinalIgnoreCase))
            .OrderBy(r => Math.Abs(r.Level - role.Level))
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => r.Id);
        return [.. role.ReportsTo.Concat(role.NextSteps).Concat(neighbours)
            .Where(id => kb.FindRole(id) is not null && !string.Equals(id, roleId, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(count)];
    }
}
