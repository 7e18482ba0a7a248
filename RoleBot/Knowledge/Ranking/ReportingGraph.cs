namespace RoleBot.Knowledge.Ranking;

/// <summary>Walks the usual reportsTo edges. The validator guarantees the graph is acyclic and levels strictly rise.</summary>
internal static class ReportingGraph
{
    /// <summary>The shortest usual chain from subordinate up to manager (both included), or empty.</summary>
    public static IReadOnlyList<Role> Chain(KnowledgeBase kb, Role subordinate, Role manager)
    {
        var previous = new Dictionary<string, Role>(StringComparer.OrdinalIgnoreCase);
        var queue = new Queue<Role>([subordinate]);
        while (queue.Count > 0)
        {
            var role = queue.Dequeue();
            if (string.Equals(role.Id, manager.Id, StringComparison.OrdinalIgnoreCase))
            {
                return Unwind(previous, subordinate, role);
            }

            foreach (var next in role.ReportsTo.Select(kb.FindRole).OfType<Role>())
            {
                if (next.Level <= manager.Level && previous.TryAdd(next.Id, role))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return [];
    }

    private static List<Role> Unwind(Dictionary<string, Role> previous, Role start, Role end)
    {
        List<Role> chain = [end];
        var current = end;
        while (!string.Equals(current.Id, start.Id, StringComparison.OrdinalIgnoreCase))
        {
            current = previous[current.Id];
            chain.Add(current);
        }

        chain.Reverse();
        return chain;
    }
}
