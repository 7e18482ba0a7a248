using RoleBot.Answers;
using RoleBot.Answers.Documents;
using RoleBot.Cards.Actions;
using RoleBot.Content.Knowledge;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Ranking;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.Slack.Support;

// Every answer a knowledge base can produce, by kind: each rank pair, curated and generated comparison, role in
// every focus, career path, FAQ, plus help, welcome and the clarifications built from its roles and aliases.
internal static class AnswerDocumentSet
{
    public static readonly string[] Kinds = ["rank", "compare", "role", "career", "faq", "help", "welcome", "which-role", "missing-role", "cannot-answer"];

    public static IEnumerable<AnswerDocument> Of(string kind, KnowledgeBase kb, string hostileText = "")
    {
        var documents = CardTestContent.Documents;
        var provider = new FixedKnowledgeBaseProvider(kb);
        var ranker = new RoleRanker(provider);
        var refs = AnswerMapper.Roles(kb.Roles.Select(r => r.Id), kb);
        return kind switch
        {
            "rank" => kb.Roles.SelectMany(a => kb.Roles.Where(b => b.Id != a.Id).Select(b => documents.Rank(AnswerMapper.Rank(ranker.Compare(a, b), kb)))),
            "compare" => Comparisons(kb, new RoleComparer(provider, ranker)).Select(c => documents.Compare(AnswerMapper.Compare(c, kb))),
            "role" => kb.Roles.SelectMany(r => Enum.GetValues<RoleFocus>().Select(f => documents.Describe(AnswerMapper.Describe(r, kb, f)))),
            "career" => Careers(kb, new CareerAdvisor(provider)).Select(documents.CareerPath),
            "faq" => kb.Faqs.Select(f => documents.Faq(AnswerMapper.Faq(f, kb))),
            "help" => [documents.Help()],
            "welcome" => [documents.Welcome()],
            "which-role" => kb.AmbiguousAliases.Select(a => documents.WhichRole(new RoleChoiceRequest(a.Alias + hostileText, AnswerMapper.Roles(a.Roles, kb)))),
            "missing-role" => refs.SelectMany(r => new[] { CardActionKind.Compare, CardActionKind.Rank }
                .Select(p => documents.MissingRole(new MissingRoleRequest(r, p, [.. refs.Where(s => s.Id != r.Id).Take(8)])))),
            "cannot-answer" => [documents.CannotAnswer(new CannotAnswerReason()), documents.CannotAnswer(new CannotAnswerReason("wizard" + hostileText, [.. refs.Take(8)]))],
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown answer kind"),
        };
    }

    private static IEnumerable<Comparison> Comparisons(KnowledgeBase kb, RoleComparer comparer) =>
        kb.Comparisons.Concat(kb.Roles.SelectMany((a, i) => kb.Roles.Skip(i + 1).Select(b => comparer.Compare(a, b))));

    private static IEnumerable<CareerPathAnswer> Careers(KnowledgeBase kb, CareerAdvisor advisor) =>
        kb.Roles.SelectMany(role => new[]
        {
            AnswerMapper.Career(role, CareerDirection.Next, advisor.NextSteps(role), kb),
            AnswerMapper.Career(role, CareerDirection.Higher, advisor.HigherThan(role), kb),
        });
}
