using RoleBot.Answers;
using RoleBot.Knowledge;
using AnswerCertainty = RoleBot.Answers.RankCertainty;
using AnswerRelation = RoleBot.Answers.RankRelation;
using VerdictCertainty = RoleBot.Knowledge.RankCertainty;
using VerdictRelation = RoleBot.Knowledge.RankRelation;

namespace RoleBot.Dialogs.Answering;

/// <summary>Maps the ranker's verdict onto the card's answer model, without adding or softening anything.</summary>
public static class RankAnswers
{
    public static RankAnswer From(RankVerdict verdict, KnowledgeBase kb, string? explanation = null) =>
        new(RoleRef.From(verdict.First), RoleRef.From(verdict.Second), Relation(verdict), Certainty(verdict.Certainty))
        {
            Ladder = Ladder(verdict, kb),
            Explanation = explanation,
            Caveats = verdict.Caveats,
            Sources = AnswerMapper.Citations(verdict.Sources, kb),
        };

    private static AnswerRelation Relation(RankVerdict verdict) => (verdict.Relation, verdict.Certainty) switch
    {
        (VerdictRelation.FirstHigher, _) => AnswerRelation.Above,
        (VerdictRelation.SecondHigher, _) => AnswerRelation.Below,
        (VerdictRelation.Peers, VerdictCertainty.ItDepends) => AnswerRelation.Parallel,
        (VerdictRelation.Peers, _) => AnswerRelation.Same,
        _ => AnswerRelation.Parallel,
    };

    private static AnswerCertainty Certainty(VerdictCertainty certainty) => certainty switch
    {
        VerdictCertainty.Definitely => AnswerCertainty.Definite,
        VerdictCertainty.Usually => AnswerCertainty.Usually,
        _ => AnswerCertainty.Depends,
    };

    /// <summary>From the higher role down to the lower one, with the documented rungs in between.</summary>
    private static IReadOnlyList<LadderStep> Ladder(RankVerdict verdict, KnowledgeBase kb)
    {
        var (high, low) = verdict.First.Level >= verdict.Second.Level ? (verdict.First, verdict.Second) : (verdict.Second, verdict.First);
        if (string.Equals(high.Id, low.Id, StringComparison.OrdinalIgnoreCase))
        {
            return [Step(high)];
        }

        return [Step(high), .. verdict.LevelsBetween.Select(l => new LadderStep(l.Level, l.Name)), Step(low)];

        LadderStep Step(Role role) => new(role.Level, role.DisplayName, RoleRef.From(role));
    }
}
