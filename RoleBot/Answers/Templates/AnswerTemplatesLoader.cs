using System.Text.Json;
using RoleBot.Answers.Documents;
using RoleBot.Cards.Actions;
using RoleBot.Hosting;

namespace RoleBot.Answers.Templates;

// Reads answers.json and refuses to start on a missing key or an unknown placeholder, naming each problem.
public static class AnswerTemplatesLoader
{
    public static readonly string RelativePath = Path.Combine("language-generation", "en-us", "answers.json");

    public static AnswerTemplates Load(IConfiguration configuration) =>
        LoadFile(Path.Combine(ContentPaths.DialogsRoot(configuration), RelativePath));

    public static AnswerTemplates LoadFile(string path)
    {
        AnswersFile? file;
        try
        {
            file = JsonSerializer.Deserialize<AnswersFile>(File.ReadAllText(path), JsonSerializerOptions.Web);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: not valid JSON ({ex.Message}).", ex);
        }

        var templates = file?.Templates ?? [];
        var problems = Problems(templates, file?.Examples ?? []).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidDataException($"{path}: {string.Join("; ", problems)}.");
        }

        return new AnswerTemplates(templates, file!.Examples!);
    }

    internal static IEnumerable<string> Problems(IReadOnlyDictionary<string, string> templates, IReadOnlyList<ExampleQuestion> examples)
    {
        foreach (var (key, allowed) in AnswerTemplateKeys.All)
        {
            if (!templates.TryGetValue(key, out var template) || string.IsNullOrWhiteSpace(template))
            {
                yield return $"template '{key}' is missing or empty";
                continue;
            }

            foreach (var name in AnswerTemplates.PlaceholdersIn(template).Where(n => !allowed.Contains(n)).Distinct())
            {
                yield return $"template '{key}' uses unknown placeholder ${{{name}}} (allowed: {(allowed.Length == 0 ? "none" : string.Join(", ", allowed))})";
            }
        }

        foreach (var key in templates.Keys.Where(k => !AnswerTemplateKeys.All.ContainsKey(k)))
        {
            yield return $"template '{key}' is not used by RoleBot (misspelt?)";
        }

        // Examples become "ask" buttons: the title must fit on one button line, the question within the payload limit.
        if (examples.Count == 0)
        {
            yield return "'examples' must list at least one {\"button\", \"question\"}";
        }

        foreach (var (example, i) in examples.Select((e, i) => (e, i)))
        {
            if (string.IsNullOrWhiteSpace(example?.Button) || example.Button.Length > DocumentLimits.ButtonChars)
            {
                yield return $"examples[{i}].button must be 1-{DocumentLimits.ButtonChars} characters (buttons do not wrap in Teams)";
            }

            if (string.IsNullOrWhiteSpace(example?.Question) || example.Question.Length > CardPayloadParser.MaxTextLength)
            {
                yield return $"examples[{i}].question must be 1-{CardPayloadParser.MaxTextLength} characters";
            }
        }
    }

    private sealed record AnswersFile(Dictionary<string, string>? Templates, List<ExampleQuestion>? Examples);
}
