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

        var fromContext = WithContext(slots, IntentRoles.IsPair(understanding.Intent), context, refersBack);
        return new QuestionDraft { Intent = understanding.Intent, Slots = fromContext ?? slots, AsksLower = understanding.AsksLower, FromContext = fromContext is not null }.Padded();
    }

    /// <summary>The slots completed from the roles talked about last, or null when the context adds none.</summary>
    private static List<RoleSlot>? WithContext(List<RoleSlot> slots, bool pair, IReadOnlyList<string> context, bool refersBack) => slots.Count switch
    {
        // "how does that compare with a COO?": the role just talked about is the other side of the pair.
        1 when pair && refersBack && context.Count >= 1 && slots[0].IsFilled
            && !string.Equals(slots[0].RoleId, context[^1], StringComparison.OrdinalIgnoreCase) => [RoleSlot.Known(context[^1]), slots[0]],
        0 when pair && context.Count >= 2 => [.. context.Skip(context.Count - 2).Select(RoleSlot.Known)],
        0 when !pair && refersBack && context.Count >= 1 => [RoleSlot.Known(context[^1])],
        _ => null,
    };

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
    private static List<RoleSlot> Slots(UnderstandingResult understanding, KnowledgeBase kb, int most)
    {
        var slots = new List<RoleSlot>(Math.Min(most, understanding.Roles.Count));
        foreach (var mention in understanding.Roles)
        {
            if (slots.Count == most)
            {
                break;
            }

            var candidates = Known(mention.Candidates, kb);
            if (candidates.Count > 0)
            {
                slots.Add(candidates.Count == 1
                    ? RoleSlot.Known(candidates[0]) with { Qualifier = mention.Qualifier }
                    : new RoleSlot { Candidates = candidates, Text = mention.Text, Qualifier = mention.Qualifier });
            }
        }

        return slots;
    }

    // The candidates the knowledge base knows, each once whatever its case, in the recognizer's order.
    private static List<string> Known(IReadOnlyList<string> candidates, KnowledgeBase kb)
    {
        var known = new List<string>(candidates.Count);
        foreach (var id in candidates)
        {
            if (kb.FindRole(id) is not null && !known.Contains(id, StringComparer.OrdinalIgnoreCase))
            {
                known.Add(id);
            }
        }

        return known;
    }
}
