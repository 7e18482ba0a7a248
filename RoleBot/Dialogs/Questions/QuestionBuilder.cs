using RoleBot.Knowledge;
using RoleBot.Knowledge.Ranking;
using RoleBot.State;
using RoleBot.Understanding;

namespace RoleBot.Dialogs.Questions;

/// <summary>
/// Reads what the user asked into a draft, using the conversation's last answer for follow-ups:
/// "what about the COO?" / "and a director?" repeat the last question with the new role replacing one side,
/// and a question with no roles is about the conversation's recent roles: a pair question ("which of them is more
/// senior?") about the last two, another ("who do they report to?") about the last one when it refers back.
/// </summary>
public static class QuestionBuilder
{
    /// <summary>Null when the utterance is not a role question (or a follow-up the context cannot complete).</summary>
    public static QuestionDraft? Build(UnderstandingResult understanding, ConversationData data, KnowledgeBase kb, IReadOnlyList<string> context, bool refersBack)
    {
        var slots = Slots(understanding, kb, understanding.Intent == Intent.Rank ? RoleLineUp.MaxRoles : 2);
        var last = data.LastRoleIds.Where(id => kb.FindRole(id) is not null).ToList();
        var lastIntent = Enum.TryParse<Intent>(data.LastIntent, out var parsed) ? parsed : Intent.None;

        if (understanding.Intent == Intent.FollowUp)
        {
            return FollowUp(slots, last, lastIntent, understanding.AsksLower);
        }

        if (!IntentRoles.IsRoleQuestion(understanding.Intent))
        {
            return null;
        }

        // "how does that compare with a COO?": the role just talked about is the other side of the pair.
        var taken = slots.Count == 1 && IntentRoles.IsPair(understanding.Intent) && refersBack && context.Count >= 1
                && slots[0].IsFilled && !string.Equals(slots[0].RoleId, context[^1], StringComparison.OrdinalIgnoreCase)
                ? [context[^1]]
            : slots.Count > 0 ? []
            : IntentRoles.IsPair(understanding.Intent) && context.Count >= 2 ? context.Skip(context.Count - 2).ToList()
            : !IntentRoles.IsPair(understanding.Intent) && refersBack && context.Count >= 1 ? [context[^1]]
            : new List<string>();
        slots = taken.Count > 0 && slots.Count == 1 ? [RoleSlot.Known(taken[0]), slots[0]]
            : taken.Count > 0 ? [.. taken.Select(RoleSlot.Known)]
            : slots;
        return new QuestionDraft { Intent = understanding.Intent, Slots = slots, AsksLower = understanding.AsksLower, FromContext = taken.Count > 0 }.Padded();
    }

    private static QuestionDraft? FollowUp(List<RoleSlot> slots, List<string> last, Intent lastIntent, bool asksLower)
    {
        if (slots.Count == 0)
        {
            return null;
        }

        if (!IntentRoles.IsRoleQuestion(lastIntent))
        {
            // "what about the COO?" with nothing before it: tell them about the COO.
            return new QuestionDraft { Intent = Intent.Describe, Slots = slots };
        }

        if (IntentRoles.IsPair(lastIntent) && slots.Count == 1 && last.Count >= 2)
        {
            // The new role takes the asker's side; if it is the other side already, the pair is just turned round.
            var kept = slots[0].RoleId == last[1] ? last[0] : last[1];
            slots = [slots[0], RoleSlot.Known(kept)];
        }

        return new QuestionDraft { Intent = lastIntent, Slots = slots, AsksLower = asksLower }.Padded();
    }

    // Only a ranking takes more than two roles ("rank CEO, VP and director").
    private static List<RoleSlot> Slots(UnderstandingResult understanding, KnowledgeBase kb, int most) =>
    [
        .. understanding.Roles
            .Select(m => (m.Text, m.Qualifier, Candidates: m.Candidates.Where(id => kb.FindRole(id) is not null).Distinct(StringComparer.OrdinalIgnoreCase).ToList()))
            .Where(m => m.Candidates.Count > 0)
            .Select(m => m.Candidates.Count == 1
                ? RoleSlot.Known(m.Candidates[0]) with { Qualifier = m.Qualifier }
                : new RoleSlot { Candidates = m.Candidates, Text = m.Text, Qualifier = m.Qualifier })
            .Take(most),
    ];
}
