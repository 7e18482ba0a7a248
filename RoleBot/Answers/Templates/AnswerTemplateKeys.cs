using RoleBot.Content.Templates;

namespace RoleBot.Answers.Templates;

// Every key the answers use, with the values the code provides for each. Loading checks answers.json against it.
internal static class AnswerTemplateKeys
{
    private static readonly string[] Pair = ["first", "second", "aFirst", "aSecond"];
    private static readonly string[] RoleNames = ["name", "aName", "description", "list"];
    private static readonly string[] From = ["from", "aFrom", "list"];

    public static IReadOnlyList<TemplateKey> All { get; } = [.. Build().Select(k => new TemplateKey(k.Key, k.Value))];

    private static Dictionary<string, string[]> Build()
    {
        var keys = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var relation in new[] { "firstHigher", "secondHigher", "peers", "depends" })
        {
            foreach (var certainty in new[] { "definitely", "usually", "itDepends" })
            {
                keys[$"rank.{relation}.{certainty}"] = Pair;
            }
        }

        keys["rank.depends.because"] = [.. Pair, "because"];
        keys["rank.title"] = Pair;
        keys["rank.ladder.heading"] = [];
        keys["vote.prompt"] = [];
        keys["vote.yes"] = [];
        keys["vote.no"] = [];
        keys["rank.ladder.step"] = ["level", "name"];
        keys["lineUp.text"] = ["order"];
        keys["lineUp.title"] = ["count"];
        keys["lineUp.rung"] = ["position", "names"];
        foreach (var key in new[] { "lineUp.heading", "lineUp.notes.heading", "lineUp.link.above", "lineUp.link.peers", "lineUp.link.depends" })
        {
            keys[key] = [];
        }

        keys["compare.title"] = Pair;
        keys["compare.text"] = [.. Pair, "summary"];
        keys["compare.aspect"] = [];
        // A comparison without a curated entry: row labels and the cells the code words from the roles' fields.
        foreach (var row in new[] { "focus", "scope", "position", "responsibilities", "skills", "requirements" })
        {
            keys[$"compare.generated.{row}"] = [];
        }

        keys["compare.generated.scope.named"] = ["track", "level"];
        keys["compare.generated.scope.numbered"] = ["track", "level"];
        keys["compare.generated.position.reportsTo"] = ["managers"];
        keys["compare.generated.position.top"] = [];
        keys["compare.generated.notRecorded"] = [];
        foreach (var focus in new[] { "overview", "responsibilities", "skills", "requirements", "reportsTo", "interview" })
        {
            keys[$"role.text.{focus}"] = RoleNames;
        }

        foreach (var heading in new[] { "responsibilities", "skills", "requirements", "reportsTo", "nextSteps", "interview" })
        {
            keys[$"role.heading.{heading}"] = [];
        }

        foreach (var key in new[] { "career.title", "career.next.text", "career.next.none", "career.higher.text", "career.higher.none", "career.lower.text", "career.lower.none" })
        {
            keys[key] = From;
        }

        foreach (var key in new[]
        {
            "career.steps.heading", "faq.related.heading", "help.title", "help.text", "help.examples.heading", "welcome.text",
            "cannot.text", "cannot.suggestions.heading", "heading.caveats", "heading.sources", "button.rank", "button.help",
        })
        {
            keys[key] = [];
        }

        keys["clarify.which.text"] = ["mention", "options"];
        keys["button.comparePair"] = Pair;
        keys["button.comparePair.short"] = Pair;
        keys["help.examples.item"] = ["question"];
        keys["clarify.compare.text"] = ["role", "aRole"];
        keys["clarify.rank.text"] = ["role", "aRole"];
        keys["cannot.unknown.text"] = ["term"];
        keys["list.more"] = ["count"];
        // Answers from a passage of the knowledge-base text, and the nearest topics when none is close enough.
        keys["passage.text"] = ["topic", "passage"];
        keys["passage.topic.field"] = ["name", "field"];
        keys["passage.topic.dimension"] = [.. Pair, "dimension"];
        keys["passage.dimension.text"] = ["first", "second", "firstText", "secondText"];
        keys["passage.button.faq"] = [];
        keys["suggest.text"] = ["topics"];
        // Each ".short" form is used when the full title would not fit on a button (DocumentLimits.ButtonChars).
        foreach (var key in new[]
        {
            "button.describe", "button.career", "button.compare", "button.compareWith", "button.choose",
            "button.describe.short", "button.career.short", "button.compare.short", "button.compareWith.short",
        })
        {
            keys[key] = ["name", "aName"];
        }

        return keys;
    }
}
