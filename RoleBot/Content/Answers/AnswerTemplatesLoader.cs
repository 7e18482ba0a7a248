using System.Text.Json;
using RoleBot.Answers.Documents;
using RoleBot.Answers.Templates;
using RoleBot.Cards.Actions;
using RoleBot.Content.Templates;

namespace RoleBot.Content.Answers;

// Reads answers.json and refuses it on a missing key, a placeholder the code does not provide or a stray key, naming each problem.
public static class AnswerTemplatesLoader
{
    public static readonly string RelativePath = Path.Combine("language-generation", "en-us", "answers.json");

    public static string PathIn(IConfiguration configuration) => Path.Combine(ContentPaths.DialogsRoot(configuration), RelativePath);

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

        return new AnswerTemplates(path, templates, file!.Examples!);
    }

    internal static IEnumerable<string> Problems(IReadOnlyDictionary<string, string> templates, IReadOnlyList<ExampleQuestion> examples)
    {
        foreach (var problem in TemplateChecks.Problems(templates, AnswerTemplateKeys.All, strayKeysAreErrors: true))
        {
            yield return problem;
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
