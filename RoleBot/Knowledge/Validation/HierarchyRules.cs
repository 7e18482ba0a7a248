using RoleBot.Knowledge.Loading;

namespace RoleBot.Knowledge.Validation;

/// <summary>
/// The reporting graph must agree with the ladder. Rule: a role reports only to roles on a strictly higher level,
/// and a next step is never below the role itself. Cycles are reported separately so an author sees the loop.
/// </summary>
internal static class HierarchyRules
{
    public static void Check(KnowledgeBaseDocument doc, KnowledgeBaseIds ids, ValidationIssues issues)
    {
        RequiredFieldRules.ForEach(doc.Roles, "$.roles", (role, p) =>
        {
            for (var i = 0; i < role.ReportsTo.Count; i++)
            {
                if (string.Equals(role.ReportsTo[i], role.Id, StringComparison.OrdinalIgnoreCase))
                {
                    issues.Add($"{p}.reportsTo[{i}]", $"role '{role.Id}' cannot report to itself");
                }
                else if (ids.Roles.TryGetValue(role.ReportsTo[i], out var manager) && manager.Level <= role.Level)
                {
                    issues.Add($"{p}.reportsTo[{i}]",
                        $"'{role.Id}' (level {role.Level}) reports to '{manager.Id}' (level {manager.Level}); a role must report to a strictly higher level");
                }
            }

            for (var i = 0; i < role.NextSteps.Count; i++)
            {
                if (string.Equals(role.NextSteps[i], role.Id, StringComparison.OrdinalIgnoreCase))
                {
                    issues.Add($"{p}.nextSteps[{i}]", $"role '{role.Id}' cannot be its own next step");
                }
                else if (ids.Roles.TryGetValue(role.NextSteps[i], out var next) && next.Level < role.Level)
                {
                    issues.Add($"{p}.nextSteps[{i}]",
                        $"next step '{next.Id}' (level {next.Level}) is below '{role.Id}' (level {role.Level})");
                }
            }
        });

        foreach (var cycle in FindCycles(doc.Roles, ids))
        {
            issues.Add(cycle.Path, $"reportsTo cycle: {string.Join(" -> ", cycle.Ids)}");
        }
    }

    private static IEnumerable<(string Path, IReadOnlyList<string> Ids)> FindCycles(IReadOnlyList<Role> roles, KnowledgeBaseIds ids)
    {
        var index = roles.Select((r, i) => (r.Id, i)).Where(x => x.Id is not null)
            .GroupBy(x => x.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);
        var state = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase); // 1 = on the stack, 2 = done
        var stack = new List<string>();
        var found = new List<(string, IReadOnlyList<string>)>();

        void Visit(string id)
        {
            state[id] = 1;
            stack.Add(id);
            var edges = ids.Roles[id].ReportsTo;
            for (var edge = 0; edge < edges.Count; edge++)
            {
                // Self-reports are reported by the level rule already; here only loops through other roles.
                if (!ids.Roles.TryGetValue(edges[edge], out var manager) || string.Equals(manager.Id, id, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var key = manager.Id;
                if (state.GetValueOrDefault(key) == 1)
                {
                    var start = stack.FindIndex(s => string.Equals(s, key, StringComparison.OrdinalIgnoreCase));
                    found.Add(($"$.roles[{index[id]}].reportsTo[{edge}]", [.. stack[start..], key]));
                }
                else if (state.GetValueOrDefault(key) == 0)
                {
                    Visit(key);
                }
            }

            stack.RemoveAt(stack.Count - 1);
            state[id] = 2;
        }

        foreach (var id in ids.Roles.Keys.Where(k => state.GetValueOrDefault(k) == 0).ToList())
        {
            Visit(id);
        }

        return found;
    }
}
