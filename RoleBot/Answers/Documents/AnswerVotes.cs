using RoleBot.Answers.Templates;
using RoleBot.Cards.Actions;

namespace RoleBot.Answers.Documents;

// Adds "Was this helpful?" to an answer. The buttons carry the answer's kind and at most two role ids (the first
// two it was about) or its FAQ id, so a vote can be grouped by answer in the gap report without any user text.
internal static class AnswerVotes
{
    public static AnswerDocument Offer(AnswerDocument document, AnswerTemplates t, params string[] roles) =>
        Offer(document, t, roles, null);

    public static AnswerDocument Offer(AnswerDocument document, AnswerTemplates t, IReadOnlyList<string> roles, string? faq)
    {
        var ids = roles.Distinct(StringComparer.Ordinal).Take(2).ToList();
        var role = ids.ElementAtOrDefault(0);
        var other = ids.ElementAtOrDefault(1);
        return document with
        {
            Vote = new VoteOffer(
                t["vote.prompt"],
                new FollowUp(t["vote.yes"], CardPayload.Vote(true, document.Kind, role, other, faq)),
                new FollowUp(t["vote.no"], CardPayload.Vote(false, document.Kind, role, other, faq))),
        };
    }

    public static AnswerDocument OfferFaq(AnswerDocument document, AnswerTemplates t, string faq) =>
        Offer(document, t, [], faq);
}
