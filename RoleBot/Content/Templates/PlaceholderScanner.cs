namespace RoleBot.Content.Templates;

/// <summary>The one reading of <c>${name}</c> placeholders (rendering and content checks), without a regex or a string per placeholder.</summary>
internal static class PlaceholderScanner
{
    /// <summary>The name of the placeholder (a letter, then letters or digits, in "${...}") that starts at <paramref name="start"/>, or empty.</summary>
    public static ReadOnlySpan<char> NameAt(string template, int start)
    {
        if (start + 3 >= template.Length || template[start] != '$' || template[start + 1] != '{' || !char.IsAsciiLetter(template[start + 2]))
        {
            return [];
        }

        var end = start + 3;
        while (end < template.Length && char.IsAsciiLetterOrDigit(template[end]))
        {
            end++;
        }

        return end < template.Length && template[end] == '}' ? template.AsSpan(start + 2, end - start - 2) : [];
    }

    public static string ValueOf(string file, string key, ReadOnlySpan<char> name, IReadOnlyList<(string Name, string Value)> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (name.SequenceEqual(values[i].Name))
            {
                return values[i].Value;
            }
        }

        throw new MissingTemplateValueException(file, key, name.ToString());
    }
}
