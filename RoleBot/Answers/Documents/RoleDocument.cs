using RoleBot.Answers.Templates;
using RoleBot.Cards.Actions;

namespace RoleBot.Answers.Documents;

internal static class RoleDocument
{
    public static AnswerDocument Build(RoleAnswer a, AnswerTemplates t)
    {
        var lists = new (RoleFocus Focus, string Key, IReadOnlyList<string> Items)[]
        {
            (RoleFocus.Responsibilities, "responsibilities", a.Responsibilities),
            (RoleFocus.Skills, "skills", a.Skills),
            (RoleFocus.Requirements, "requirements", a.Requirements),
            (RoleFocus.ReportsTo, "reportsTo", [.. a.ReportsTo.Select(r => r.DisplayName)]),
            (RoleFocus.Overview, "nextSteps", [.. a.NextSteps.Select(r => r.DisplayName)]),
            (RoleFocus.Interview, "interview", a.Focus == RoleFocus.Interview ? a.InterviewQuestions : []),
        };

        // The part the user asked about comes first; an empty focus falls back to the overview.
        var focused = lists.FirstOrDefault(l => l.Focus == a.Focus && a.Focus != RoleFocus.Overview && l.Items.Count > 0);
        var ordered = focused.Key is null ? lists : [focused, .. lists.Where(l => l.Key != focused.Key)];
        var sections = ordered.Where(l => l.Items.Count > 0)
            .Select(l => (DocSection)new ListSection(t[$"role.heading.{l.Key}"], DocumentLimits.Items(l.Items, t)))
            .Concat(DocumentParts.Caveats(a.Caveats, t))
            .ToList();

        var description = DocumentLimits.Clip(a.Description, DocumentLimits.ParagraphChars);
        var textKey = focused.Key is null ? "overview" : focused.Key;
        var text = t.Render($"role.text.{textKey}",
            ("name", a.Role.DisplayName), ("aName", Names.WithArticle(a.Role.DisplayName)), ("description", description),
            // Alternatives, not a set: a role usually reports to one of its possible managers.
            ("list", SentenceList(focused.Key, [.. (focused.Items ?? []).Take(3)])));
        return new AnswerDocument("role", DocumentParts.Sentence(text), focused.Key is null ? description : text)
        {
            Title = a.Role.DisplayName,
            Sections = focused.Key is null ? sections : [new ParagraphSection(null, description), .. sections],
            Sources = DocumentParts.Sources(a.Sources),
            SourcesHeading = t["heading.sources"],
            FollowUps = DocumentParts.Limit(
            [
                DocumentParts.Button(t, "button.career", a.Role, CardPayload.Career(a.Role.Id)),
                DocumentParts.Button(t, "button.compare", a.Role, CardPayload.Compare(a.Role.Id)),
                .. a.ReportsTo.Take(1).Select(r => DocumentParts.Button(t, "button.describe", r, CardPayload.Describe(r.Id))),
            ]),
        };
    }

    // Inside a sentence: roles take their article ("a Program Manager or a Head of PMO"), and phrases that may hold
    // commas of their own are set off by semicolons, lower-cased unless they start with an abbreviation.
    private static string SentenceList(string? key, IReadOnlyList<string> items) => key switch
    {
        null or "interview" => "",
        "reportsTo" => Names.Join([.. items.Select(Names.WithArticle)], "or"),
        "nextSteps" => Names.Join([.. items.Select(Names.WithArticle)]),
        _ => Names.JoinPhrases([.. items.Select(LowerFirst)]),
    };

    private static string LowerFirst(string phrase) =>
        phrase.Length > 1 && char.IsUpper(phrase[0]) && !char.IsUpper(phrase[1]) ? char.ToLowerInvariant(phrase[0]) + phrase[1..] : phrase;
}
