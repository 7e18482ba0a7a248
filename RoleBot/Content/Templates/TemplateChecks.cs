namespace RoleBot.Content.Templates;

/// <summary>
/// Load-time checks shared by answers.json and the dialog files: every required text is there, and every text
/// uses only well-formed placeholders the code provides for it. Each problem names the key.
/// </summary>
public static class TemplateChecks
{
    public static IEnumerable<string> Problems(IReadOnlyDictionary<string, string> texts, IEnumerable<TemplateKey> declared, bool strayKeysAreErrors)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in declared)
        {
            known.Add(key.Name);
            if (!texts.TryGetValue(key.Name, out var text) || string.IsNullOrWhiteSpace(text))
            {
                if (!key.Optional || text is not null)
                {
                    yield return $"template '{key.Name}' is missing or empty";
                }

                continue;
            }

            foreach (var problem in Problems(key, text))
            {
                yield return problem;
            }
        }

        if (strayKeysAreErrors)
        {
            foreach (var key in texts.Keys.Where(k => !known.Contains(k)))
            {
                yield return $"template '{key}' is not used by RoleBot (misspelt?)";
            }
        }
    }

    private static IEnumerable<string> Problems(TemplateKey key, string text)
    {
        var allowed = key.Provides.Length == 0 ? "none" : string.Join(", ", key.Provides);
        foreach (var name in TemplateRenderer.PlaceholdersIn(text).Where(n => !key.Provides.Contains(n)).Distinct())
        {
            yield return $"template '{key.Name}' uses unknown placeholder ${{{name}}} (allowed: {allowed})";
        }

        foreach (var fragment in TemplateRenderer.MalformedIn(text).Distinct())
        {
            yield return $"template '{key.Name}' has a malformed placeholder '{fragment}' (write ${{name}})";
        }

        foreach (var name in TemplateRenderer.BareBracesIn(text, key.Provides).Distinct())
        {
            yield return $"template '{key.Name}' writes {{{name}}}; placeholders are written ${{{name}}}";
        }
    }
}
