using RoleBot.Answers.Documents;
using RoleBot.Cards.Model;

namespace RoleBot.Cards.Rendering;

// "Was this helpful?" as a quiet line and two buttons at the foot of the body, so they never crowd the
// follow-up questions in the card's own actions. Teams turns them into Action.Execute like any RoleBot button.
internal static class VoteElements
{
    public static IEnumerable<CardElement> For(AnswerDocument document, CardRenderOptions options)
    {
        if (document.Vote is not { } vote)
        {
            return [];
        }

        return
        [
            new TextBlock(vote.Prompt) { Size = TextSize.Small, IsSubtle = true, Separator = true, Spacing = Spacing.Medium },
            new ActionSet([FollowUpActions.For(vote.Yes, options), FollowUpActions.For(vote.No, options)]) { Spacing = Spacing.Small },
        ];
    }
}
