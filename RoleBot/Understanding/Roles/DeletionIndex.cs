namespace RoleBot.Understanding.Roles;

/// <summary>
/// SymSpell-style candidate index: every word is stored under the strings left after deleting up to N letters,
/// so a lookup generates the query's own deletions and verifies only the few words that share one. The cost
/// depends on the query's length, not on how many words the index holds.
/// </summary>
public sealed class DeletionIndex
{
    private readonly Dictionary<string, List<string>> _buckets = new(StringComparer.Ordinal);

    public void Add(string word, int maxDeletes)
    {
        foreach (var variant in Deletions(word, maxDeletes))
        {
            if (!_buckets.TryGetValue(variant, out var words))
            {
                _buckets[variant] = words = [];
            }

            if (!words.Contains(word))
            {
                words.Add(word);
            }
        }
    }

    /// <summary>Words within maxEdits of the query, closest first.</summary>
    public List<(string Word, int Distance)> Lookup(string query, int maxEdits)
    {
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var variant in Deletions(query, maxEdits))
        {
            if (!_buckets.TryGetValue(variant, out var words))
            {
                continue;
            }

            foreach (var word in words)
            {
                if (!found.ContainsKey(word))
                {
                    found[word] = EditDistance.Between(query, word, maxEdits);
                }
            }
        }

        return [.. found.Where(p => p.Value <= maxEdits).Select(p => (p.Key, p.Value)).OrderBy(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)];
    }

    private static HashSet<string> Deletions(string word, int maxDeletes)
    {
        var result = new HashSet<string>(StringComparer.Ordinal) { word };
        var frontier = new List<string> { word };
        for (var d = 0; d < maxDeletes; d++)
        {
            var next = new List<string>();
            foreach (var item in frontier)
            {
                if (item.Length <= 1)
                {
                    continue;
                }

                for (var i = 0; i < item.Length; i++)
                {
                    var deleted = item.Remove(i, 1);
                    if (result.Add(deleted))
                    {
                        next.Add(deleted);
                    }
                }
            }

            frontier = next;
        }

        return result;
    }
}
