using RoleBot.Answers.Documents;
using RoleBot.Cards.Actions;
using RoleBot.Cards.Model;
using RoleBot.Knowledge.Ranking;

namespace RoleBot.Tests.Support;

// Every answer document the tests render, by a file-safe name; the CI step validates each card written from these.
internal static class CardSamples
{
    public static IReadOnlyDictionary<string, Func<AnswerDocument>> Documents { get; } = new Dictionary<string, Func<AnswerDocument>>
    {
        ["rank-vp-over-gm"] = () => CardTestContent.Documents.Rank(SampleAnswers.VpOverGm),
        ["rank-long-ladder"] = () => CardTestContent.Documents.Rank(SampleAnswers.LongLadder),
        ["rank-parallel"] = () => CardTestContent.Documents.Rank(SampleAnswers.VpOverGm with { Relation = RankRelation.Peers, Certainty = RankCertainty.ItDepends, Ladder = [] }),
        ["lineup-ceo-vp-directors"] = () => CardTestContent.Documents.LineUp(SampleAnswers.CeoVpDirectors),
        ["compare-pm-vs-ops"] = () => CardTestContent.Documents.Compare(SampleAnswers.PmVsOps),
        ["compare-largest"] = () => CardTestContent.Documents.Compare(SampleAnswers.LargestComparison),
        ["role-project-manager"] = () => CardTestContent.Documents.Describe(SampleAnswers.ProjectManagerRole()),
        ["role-skills-focus"] = () => CardTestContent.Documents.Describe(SampleAnswers.ProjectManagerRole(RoleBot.Answers.RoleFocus.Skills)),
        ["role-interview-focus"] = () => CardTestContent.Documents.Describe(SampleAnswers.ProjectManagerRole(RoleBot.Answers.RoleFocus.Interview)),
        ["role-largest"] = () => CardTestContent.Documents.Describe(SampleAnswers.Largest),
        ["career-after-pm"] = () => CardTestContent.Documents.CareerPath(SampleAnswers.AfterProjectManager),
        ["career-above-coo-none"] = () => CardTestContent.Documents.CareerPath(SampleAnswers.AboveCoo),
        ["faq-highest-position"] = () => CardTestContent.Documents.Faq(SampleAnswers.HighestPosition),
        ["passage-time-frame"] = () => CardTestContent.Documents.Passage(SampleAnswers.TimeFrame),
        ["passage-role-caveat"] = () => CardTestContent.Documents.Passage(SampleAnswers.CooCaveat),
        ["passage-faq"] = () => CardTestContent.Documents.Passage(SampleAnswers.FaqPassage),
        ["suggest-topics"] = () => CardTestContent.Documents.SuggestTopics(SampleAnswers.NearTopics),
        ["help"] = () => CardTestContent.Documents.Help(),
        ["welcome"] = () => CardTestContent.Documents.Welcome(),
        ["clarify-which-pm"] = () => CardTestContent.Documents.WhichRole(SampleAnswers.WhichPm),
        ["clarify-hostile-mention"] = () => CardTestContent.Documents.WhichRole(SampleAnswers.HostileMention),
        ["clarify-compare-gm-with"] = () => CardTestContent.Documents.MissingRole(SampleAnswers.CompareGmWith),
        ["clarify-rank-gm-against"] = () => CardTestContent.Documents.MissingRole(SampleAnswers.CompareGmWith with { Purpose = CardActionKind.Rank }),
        ["cannot-unknown-wizard"] = () => CardTestContent.Documents.CannotAnswer(SampleAnswers.UnknownWizard),
        ["cannot-hostile"] = () => CardTestContent.Documents.CannotAnswer(SampleAnswers.HostileUnknown),
        ["cannot-generic"] = () => CardTestContent.Documents.CannotAnswer(new RoleBot.Answers.CannotAnswerReason()),
    };

    public static TheoryData<string> Names => [.. Documents.Keys];

    // Every document as a Submit card, plus the Action.Execute variant of a few (the Teams invoke path).
    private static readonly Lazy<IReadOnlyList<(string Name, AdaptiveCard Card)>> Rendered = new(() => [.. RenderAll()]);

    public static IReadOnlyList<(string Name, AdaptiveCard Card)> AllCards() => Rendered.Value;

    private static IEnumerable<(string Name, AdaptiveCard Card)> RenderAll()
    {
        foreach (var (name, build) in Documents)
        {
            yield return (name, CardTestContent.Cards.Render(build()));
        }

        foreach (var name in new[] { "rank-vp-over-gm", "lineup-ceo-vp-directors", "compare-pm-vs-ops", "role-project-manager", "help" })
        {
            yield return (name + "-execute", CardTestContent.UniversalCards.Render(Documents[name]()));
        }
    }

    public static TheoryData<string> CardNames => [.. AllCards().Select(c => c.Name)];

    public static AdaptiveCard Card(string name) => AllCards().Single(c => c.Name == name).Card;
}
