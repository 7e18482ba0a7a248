using RoleBot.Knowledge;
using RoleBot.Knowledge.Ranking;

namespace RoleBot.Answers;

// Turns knowledge-base records into answer inputs: resolves role ids to names and source ids to citations.
public static class AnswerMapper
{
    public static RankAnswer Rank(RankVerdict verdict, KnowledgeBase kb) =>
        new(RoleRef.From(verdict.First, kb), RoleRef.From(verdict.Second, kb), verdict.Relation, verdict.Certainty)
        {
            Ladder = Ladder(verdict, kb),
            Caveats = verdict.Caveats,
            Sources = Citations(verdict.Sources, kb),
            Because = verdict.Because,
        };

    public static LineUpAnswer LineUp(LineUp lineUp, KnowledgeBase kb)
    {
        var notes = lineUp.Links.Where(v => LineUpSteps.Of(v) != LineUpStep.Above).ToList();
        return new([.. lineUp.Tiers.Select(t => (IReadOnlyList<RoleRef>)[.. t.Select(r => RoleRef.From(r, kb))])])
        {
            Steps = [.. lineUp.Links.Where(v => v.Relation != RankRelation.Peers).Select(LineUpSteps.Of)],
            Notes = [.. notes.Select(v => Rank(v, kb))],
            Caveats = [.. notes.SelectMany(v => v.Caveats).Distinct()],
            Sources = Citations([.. lineUp.Links.SelectMany(v => v.Sources).Distinct(StringComparer.OrdinalIgnoreCase)], kb),
        };
    }

    // The reporting chain when there is one, else the higher role, the rungs between, the lower role. Peers get none.
    public static IReadOnlyList<LadderStep> Ladder(RankVerdict verdict, KnowledgeBase kb)
    {
        if (verdict.Higher is null)
        {
            return [];
        }

        if (verdict.Chain.Count >= 2)
        {
            return [.. verdict.Chain.Reverse().Select(r => Step(r, kb))];
        }

        var lower = verdict.Higher == verdict.First ? verdict.Second : verdict.First;
        return [Step(verdict.Higher, kb), .. verdict.LevelsBetween.Select(l => new LadderStep(l.Level, l.Name)), Step(lower, kb)];
    }

    public static RoleAnswer Describe(Role role, KnowledgeBase kb, RoleFocus focus = RoleFocus.Overview) =>
        new(RoleRef.From(role, kb), role.Description, focus)
        {
            Responsibilities = role.Responsibilities,
            Skills = role.Skills,
            Requirements = role.Requirements,
            InterviewQuestions = role.InterviewQuestions,
            ReportsTo = Roles(role.ReportsTo, kb),
            NextSteps = Roles(role.NextSteps, kb),
            Caveats = role.Caveats,
            Sources = Citations(role.Sources, kb),
        };

    public static ComparisonAnswer Compare(Comparison comparison, KnowledgeBase kb) =>
        new(Role(comparison.First, kb), Role(comparison.Second, kb), comparison.Summary)
        {
            Verdict = comparison.Verdict is { } v ? (v.Relation, v.Certainty) : null,
            Because = comparison.Verdict?.Because,
            Facts = comparison.Facts,
            Dimensions = comparison.Dimensions,
            Caveats = comparison.Caveats,
            Sources = Citations(comparison.Sources, kb),
        };

    // Steps come from CareerAdvisor (NextSteps or HigherThan), which owns the career logic.
    public static CareerPathAnswer Career(Role from, CareerDirection direction, IEnumerable<Role> steps, KnowledgeBase kb) =>
        new(RoleRef.From(from, kb), direction) { Steps = [.. steps.Select(r => RoleRef.From(r, kb))], Caveats = from.Caveats, Sources = Citations(from.Sources, kb) };

    public static FaqAnswer Faq(Faq faq, KnowledgeBase kb) =>
        new(faq.Id, faq.Question, faq.Answer) { RelatedRoles = Roles(faq.RelatedRoles, kb), Sources = Citations(faq.Sources, kb) };

    private static LadderStep Step(Role role, KnowledgeBase kb) => new(role.Level, role.Name, RoleRef.From(role, kb));

    public static RoleRef Role(string id, KnowledgeBase kb) =>
        kb.FindRole(id) is { } role ? RoleRef.From(role, kb) : new RoleRef(id, id);

    public static IReadOnlyList<RoleRef> Roles(IEnumerable<string> ids, KnowledgeBase kb) => [.. ids.Select(id => Role(id, kb))];

    // An id the knowledge base does not know still cites something rather than vanishing.
    public static IReadOnlyList<Citation> Citations(IEnumerable<string> ids, KnowledgeBase kb) =>
        [.. ids.Select(id => kb.FindSource(id) is { } source ? Citation.From(source) : new Citation(id))];
}
