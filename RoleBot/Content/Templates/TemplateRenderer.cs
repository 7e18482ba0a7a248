using System.Text;
using System.Text.RegularExpressions;

namespace RoleBot.Content.Templates;

/// <summary>
/// The one way content texts are filled in, for answers.json and every *.dialog.json: <c>${name}</c> is a
/// placeholder (the Composer / LG convention); any other brace is literal text. Values are inserted verbatim
/// (callers pass knowledge-base text or text cleaned by UserText) and the first letter is capitalised, so a
/// sentence may start with a placeholder such as ${aFirst}.
/// </summary>
public static partial class TemplateRenderer
{
    /// <exception cref="MissingTemplateValueException">The text uses a placeholder the caller does not provide.</exception>
    public static string Render(string file, string key, string template, IReadOnlyList<(string Name, string Value)> values)
    {
        // Every reply fills in several texts, so they are filled without a regex: one pass to size the result (and
        // find a missing value), one to write it, and no strings besides the result.
        var length = 0;
        var placeholders = 0;
        for (var i = 0; i < template.Length;)
        {
            if (PlaceholderScanner.NameAt(template, i) is var name && name.Length > 0)
            {
                length += PlaceholderScanner.ValueOf(file, key, name, values).Length;
                placeholders++;
                i += name.Length + 3;
            }
            else
            {
                length++;
                i++;
            }
        }

        if (placeholders == 0)
        {
            return Capitalise(template);
        }

        return string.Create(length, (template, values), static (span, state) =>
        {
            var written = 0;
            for (var i = 0; i < state.template.Length;)
            {
                if (PlaceholderScanner.NameAt(state.template, i) is var name && name.Length > 0)
                {
                    var value = PlaceholderScanner.ValueOf("", "", name, state.values);
                    value.CopyTo(span[written..]);
                    written += value.Length;
                    i += name.Length + 3;
                }
                else
                {
                    span[written++] = state.template[i++];
                }
            }

            if (span.Length > 0 && char.IsLower(span[0]))
            {
                span[0] = char.ToUpperInvariant(span[0]);
            }
        });
    }

    /// <summary>The placeholder names the text uses, in order, as <see cref="Render"/> reads them.</summary>
    public static IReadOnlyList<string> PlaceholdersIn(string template)
    {
        var names = new List<string>();
        for (var i = 0; i < template.Length; i++)
        {
            var name = PlaceholderScanner.NameAt(template, i);
            if (name.Length > 0)
            {
                names.Add(name.ToString());
                i += name.Length + 2;
            }
        }

        return names;
    }

    /// <summary>"${" that does not open a well-formed placeholder ("${ name}", "${first"): almost always a typo.</summary>
    public static IEnumerable<string> MalformedIn(string template) =>
        Malformed().Matches(template).Select(m => m.Value);

    /// <summary>"{name}" written without the "$", where name is a value the text could have used: the old syntax.</summary>
    public static IEnumerable<string> BareBracesIn(string template, IEnumerable<string> provided) =>
        BareBraces().Matches(template).Select(m => m.Groups[1].Value).Where(provided.Contains);

    public static string Capitalise(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? new StringBuilder(text) { [0] = char.ToUpperInvariant(text[0]) }.ToString() : text;

    [GeneratedRegex(@"\$\{(?![A-Za-z][A-Za-z0-9]*\})[^}]{0,20}", RegexOptions.CultureInvariant)]
    private static partial Regex Malformed();

    [GeneratedRegex(@"(?<!\$)\{([A-Za-z][A-Za-z0-9]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex BareBraces();
}
