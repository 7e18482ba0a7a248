using System.Text;
using System.Text.RegularExpressions;

namespace RoleBot.Answers.Templates;

// The reply sentences from dialogs/language-generation/en-us/answers.json, with ${placeholder} substitution.
// Values are inserted verbatim: callers pass knowledge-base text or text cleaned by UserText.
public sealed partial class AnswerTemplates(IReadOnlyDictionary<string, string> templates, IReadOnlyList<ExampleQuestion> examples)
{
    public IReadOnlyList<ExampleQuestion> Examples { get; } = examples;

    public string this[string key] => Render(key);

    public bool Has(string key) => templates.ContainsKey(key);

    public string Render(string key, params (string Name, string Value)[] values)
    {
        if (!templates.TryGetValue(key, out var template))
        {
            throw new KeyNotFoundException($"answers.json has no template '{key}'.");
        }

        var rendered = Placeholder().Replace(template, match =>
        {
            var name = match.Groups[1].Value;
            foreach (var (n, v) in values)
            {
                if (n == name)
                {
                    return v;
                }
            }

            throw new InvalidOperationException($"Template '{key}' uses ${{{name}}}, which this answer does not provide.");
        });
        return Capitalise(rendered);
    }

    internal static IEnumerable<string> PlaceholdersIn(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value);

    private static string Capitalise(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? new StringBuilder(text) { [0] = char.ToUpperInvariant(text[0]) }.ToString() : text;

    [GeneratedRegex(@"\$\{([A-Za-z]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
