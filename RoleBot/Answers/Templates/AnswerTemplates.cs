using RoleBot.Content.Templates;

namespace RoleBot.Answers.Templates;

// The reply sentences from dialogs/language-generation/en-us/answers.json, filled in by the one TemplateRenderer.
public sealed class AnswerTemplates(string file, IReadOnlyDictionary<string, string> templates, IReadOnlyList<ExampleQuestion> examples)
{
    public IReadOnlyList<ExampleQuestion> Examples { get; } = examples;

    public string File => file;

    public string this[string key] => Render(key);

    public bool Has(string key) => templates.ContainsKey(key);

    public string Render(string key, params (string Name, string Value)[] values)
    {
        if (!templates.TryGetValue(key, out var template))
        {
            throw new KeyNotFoundException($"{file} has no template '{key}'.");
        }

        return TemplateRenderer.Render(file, key, template, values);
    }
}
