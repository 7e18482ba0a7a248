using RoleBot.Answers.Templates;
using RoleBot.Cards.Actions;

namespace RoleBot.Answers.Documents;

// An answer quoted from one passage: the topic it comes from as the title, the passage, its sources, and a button
// to the full card. "Did you mean" offers the nearest topics, each as a button to its card.
internal static class PassageDocument
{
    public static AnswerDocument Build(PassageAnswer a, AnswerTemplates t)
    {
        var topic = Topic(a.Topic, t);
        var passage = a.SecondText is { } second && a.Topic.Roles.Count == 2
            ? t.Render("passage.dimension.text", ("first", a.Topic.Roles[0].DisplayName), ("second", a.Topic.Roles[1].DisplayName),
                ("firstText", a.Text), ("secondText", second))
            : a.Text;
        var text = t.Render("passage.text", ("topic", topic), ("passage", passage));
        return new AnswerDocument("passage", DocumentParts.Sentence(text), DocumentLimits.Clip(passage, DocumentLimits.ParagraphChars))
        {
            Title = DocumentLimits.Clip(topic, 150),
            Sources = DocumentParts.Sources(a.Sources),
            SourcesHeading = t["heading.sources"],
            FollowUps = Button(a.Topic, t) is { } button ? [button] : [],
        };
    }

    public static AnswerDocument Suggest(IReadOnlyList<PassageTopic> topics, AnswerTemplates t)
    {
        var names = topics.Select(topic => Topic(topic, t)).ToList();
        var text = t.Render("suggest.text", ("topics", Names.Join(names, "or")));
        return new AnswerDocument("suggest", DocumentParts.Sentence(text), DocumentParts.Sentence(text))
        {
            Sections = [new ListSection(t["cannot.suggestions.heading"], DocumentLimits.Items(names, t))],
            FollowUps = DocumentParts.Limit(
            [
                .. topics.Select((topic, i) => Button(topic, t) is { } b ? b with { Title = DocumentLimits.Clip(names[i], DocumentLimits.ButtonChars) } : null)
                    .OfType<FollowUp>(),
                DocumentParts.Button(t, "button.help", CardPayload.Help()),
            ]),
        };
    }

    public static string Topic(PassageTopic topic, AnswerTemplates t)
    {
        var first = topic.Roles.Count > 0 ? topic.Roles[0].DisplayName : "";
        var second = topic.Roles.Count > 1 ? topic.Roles[1].DisplayName : "";
        string Field(string heading) => t.Render("passage.topic.field", ("name", first), ("field", t[heading]));
        return topic.Kind switch
        {
            PassageTopicKind.Role => first,
            PassageTopicKind.Responsibilities => Field("role.heading.responsibilities"),
            PassageTopicKind.Skills => Field("role.heading.skills"),
            PassageTopicKind.Requirements => Field("role.heading.requirements"),
            PassageTopicKind.Interview => Field("role.heading.interview"),
            PassageTopicKind.RoleCaveat => Field("heading.caveats"),
            PassageTopicKind.Dimension => t.Render("passage.topic.dimension", [.. Names.Pair(first, second), ("dimension", topic.Dimension ?? "")]),
            PassageTopicKind.Faq => topic.Question ?? "",
            _ when topic.Roles.Count == 2 => t.Render("compare.title", Names.Pair(first, second)),
            _ => first,
        };
    }

    private static FollowUp? Button(PassageTopic topic, AnswerTemplates t) => topic switch
    {
        { Kind: PassageTopicKind.Faq, FaqId: { } faq } => DocumentParts.Button(t, "passage.button.faq", CardPayload.ShowFaq(faq)),
        { Kind: PassageTopicKind.Ordering, Roles.Count: 2 } => DocumentParts.Button(t, "button.rank", CardPayload.Rank(topic.Roles[0].Id, topic.Roles[1].Id)),
        { Roles.Count: 2 } => new FollowUp(
            ButtonTitle.Fit(t, "button.comparePair", ButtonTitle.ForPair(topic.Roles[0], topic.Roles[1])),
            CardPayload.Compare(topic.Roles[0].Id, topic.Roles[1].Id)),
        { Roles.Count: 1 } => DocumentParts.Button(t, "button.describe", topic.Roles[0], CardPayload.Describe(topic.Roles[0].Id)),
        _ => null,
    };
}
