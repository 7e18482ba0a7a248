using RoleBot.Dialogs.Questions;
using RoleBot.Knowledge;
using RoleBot.Understanding;

namespace RoleBot.Channels.Teams.Search;

/// <summary>
/// What a search box query could be asking, best first: for two roles the comparison asked for (rank, compare or
/// reporting line) then the other pair views; then each role on its own card. An ambiguous name ("PM") stands for
/// each of its roles. Only recognizer output and knowledge-base lookups are used: nothing scans per keystroke.
/// </summary>
public static class SearchQuestions
{
    /// <summary>Two ambiguous names could pair up in many ways; more than this is noise in a result list.</summary>
    public const int MaxPairs = 6;

    public static IReadOnlyList<RoleQuestion> For(UnderstandingResult understanding, KnowledgeBase kb)
    {
        var questions = new List<RoleQuestion>();
        if (understanding.FaqId is { } faq && kb.FindFaq(faq) is not null)
        {
            questions.Add(new RoleQuestion(Intent.Faq, [], FaqId: faq));
        }

        var groups = understanding.Roles
            .Select(m => m.Candidates.Where(id => kb.FindRole(id) is not null).Distinct(StringComparer.OrdinalIgnoreCase).ToList())
            .Where(g => g.Count > 0)
            .Take(2)
            .ToList();

        if (groups.Count == 2)
        {
            var pairs = groups[0].SelectMany(a => groups[1].Select(b => (a, b)))
                .Where(p => !string.Equals(p.a, p.b, StringComparison.OrdinalIgnoreCase))
                .Take(MaxPairs);
            foreach (var (a, b) in pairs)
            {
                questions.AddRange(PairIntents(understanding.Intent).Select(intent => new RoleQuestion(intent, [a, b], understanding.AsksLower)));
            }
        }

        var single = SingleIntent(understanding.Intent);
        foreach (var id in groups.SelectMany(g => g).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            questions.Add(new RoleQuestion(single, [id]));
            questions.Add(new RoleQuestion(Intent.Describe, [id]));
        }

        return [.. questions.DistinctBy(Key)];
    }

    public static string Key(RoleQuestion question) =>
        $"{question.Intent}|{string.Join(',', question.RoleIds)}|{question.FaqId}|{question.AsksLower}";

    private static Intent[] PairIntents(Intent asked) => asked switch
    {
        Intent.Compare => [Intent.Compare, Intent.Rank],
        Intent.ReportsTo => [Intent.ReportsTo, Intent.Rank],
        _ => [Intent.Rank, Intent.Compare],
    };

    private static Intent SingleIntent(Intent asked) => asked switch
    {
        Intent.NextStep or Intent.Skills or Intent.Requirements or Intent.Interview => asked,
        _ => Intent.Describe,
    };
}
