using RoleBot.Knowledge.Loading;

namespace RoleBot.Knowledge.Validation;

/// <summary>
/// A name, abbreviation or alias must point at one role, compared spelling-insensitively; two roles may share a
/// term only when an ambiguousAliases entry names them both, because then the bot asks instead of guessing.
/// </summary>
internal static class TermRules
{
    public static void Check(KnowledgeBaseDocument doc, ValidationIssues issues)
    {
        var declared = doc.AmbiguousAliases
            .Where(a => !string.IsNullOrWhiteSpace(a.Alias))
            .GroupBy(a => TermNormalizer.Normalize(a.Alias))
            .ToDictionary(g => g.Key, g => g.SelectMany(a => a.Roles).ToHashSet(StringComparer.OrdinalIgnoreCase));
        var seenAmbiguous = new HashSet<string>();
        RequiredFieldRules.ForEach(doc.AmbiguousAliases, "$.ambiguousAliases", (a, p) =>
        {
            if (!string.IsNullOrWhiteSpace(a.Alias) && !seenAmbiguous.Add(TermNormalizer.Normalize(a.Alias)))
            {
                issues.Add($"{p}.alias", $"ambiguous alias '{a.Alias}' is declared more than once");
            }
        });

        var owners = new Dictionary<string, (string RoleId, string Path)>();
        RequiredFieldRules.ForEach(doc.Roles, "$.roles", (role, p) =>
        {
            foreach (var (term, termPath) in Terms(role, p))
            {
                var key = TermNormalizer.Normalize(term);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!owners.TryAdd(key, (role.Id, termPath)))
                {
                    var owner = owners[key];
                    // Spelling variants of one role's own term ("vice-president") are harmless: they help recognizers that normalise less.
                    if (string.Equals(owner.RoleId, role.Id, StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    if (!(declared.TryGetValue(key, out var roles) && roles.Contains(owner.RoleId) && roles.Contains(role.Id)))
                    {
                        issues.Add(termPath, $"'{term}' also names role '{owner.RoleId}' ({owner.Path}); add an ambiguousAliases entry listing both or remove it");
                    }
                }
            }
        });
    }

    private static IEnumerable<(string Term, string Path)> Terms(Role role, string path)
    {
        yield return (role.Name ?? "", $"{path}.name");
        for (var i = 0; i < role.Abbreviations.Count; i++)
        {
            yield return (role.Abbreviations[i], $"{path}.abbreviations[{i}]");
        }

        for (var i = 0; i < role.Aliases.Count; i++)
        {
            yield return (role.Aliases[i], $"{path}.aliases[{i}]");
        }
    }
}
