using RoleBot.Content.Knowledge;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Ranking;

namespace RoleBot.Dialogs.Questions;

/// <summary>
/// "managing director vs senior manager": a title with several senses need not be asked about when every sense
/// gets the same verdict against the other role. Only the knowledge base's verdicts decide that.
/// </summary>
public sealed class SenseSettler(IKnowledgeBaseProvider knowledge)
{
    private readonly RoleRanker _ranker = new(knowledge);

    /// <summary>The draft with the ambiguous slot settled on its first sense, and that slot; null when asking matters.</summary>
    public (QuestionDraft Draft, RoleSlot Ambiguous)? Settle(QuestionDraft draft)
    {
        var kb = knowledge.Current;
        if (!IntentRoles.IsPair(draft.Intent) || draft.Slots.Count != 2 || draft.Slots.Count(s => s.IsAmbiguous) != 1)
        {
            return null;
        }

        var index = draft.Slots.FindIndex(s => s.IsAmbiguous);
        var ambiguous = draft.Slots[index];
        if (draft.Slots[1 - index].RoleId is not { } otherId || kb.FindRole(otherId) is not { } other)
        {
            return null;
        }

        var senses = ambiguous.Candidates.Select(kb.FindRole).OfType<Role>().ToList();
        if (senses.Count != ambiguous.Candidates.Count)
        {
            return null;
        }

        var relations = senses
            .Select(sense => index == 0 ? _ranker.Compare(sense, other).Relation : _ranker.Compare(other, sense).Relation)
            .Distinct()
            .ToList();
        if (relations is not [RankRelation.FirstHigher or RankRelation.SecondHigher])
        {
            return null;
        }

        var slots = draft.Slots.ToList();
        slots[index] = RoleSlot.Known(senses[0].Id) with { Qualifier = slots[index].Qualifier };
        return (draft with { Slots = slots }, ambiguous);
    }
}
