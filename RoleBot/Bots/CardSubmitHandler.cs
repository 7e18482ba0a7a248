using System.Text.Json;
using RoleBot.Dialogs;
using RoleBot.Dialogs.Content;
using RoleBot.Dialogs.Engine;
using RoleBot.Dialogs.Replies;
using RoleBot.Protocol.Turns;
using RoleBot.State;
using RoleBot.Telemetry;
using RoleBot.Understanding;

namespace RoleBot.Bots;

/// <summary>
/// What a card button click does, whichever way it arrives: an Action.Submit (a message whose value is the data)
/// or a Teams Action.Execute (an adaptiveCard/action invoke carrying the same data). The router decides what the
/// click means now; this runs it through the dialogs, with a notice when the card was stale or unreadable.
/// </summary>
public sealed class CardSubmitHandler(CardSubmitRouter router, DialogRunner dialogs, BotTexts texts)
{
    public async Task HandleAsync(ITurnContext turnContext, JsonElement? value, CancellationToken cancellationToken)
    {
        var data = turnContext.GetConversationData();
        var submit = router.Route(value, data);
        if (submit.Vote is { } vote)
        {
            // Counted in rolebot.feedback.votes when the turn ends; a "no" becomes a knowledge gap with its answer.
            var report = turnContext.Report();
            report.Intent = "vote";
            report.Helpful = vote.Helpful;
            report.VotedAnswer = vote.Answer;
        }

        if (submit.NoticeKey is { } notice)
        {
            await turnContext.SendActivityAsync(DialogReplies.Text(texts[notice]), cancellationToken);
        }

        if (submit.Reprompt)
        {
            await dialogs.RepromptAsync(turnContext, data, DialogInput.FromText(new UnderstandingResult { Text = "", Intent = Intent.None, Confidence = 0 }), cancellationToken);
        }

        if (submit.Input is { } input)
        {
            if (submit.NewQuestion)
            {
                data.DialogStack.Clear();
            }

            await dialogs.RunAsync(turnContext, data, input, nameof(MainDialog), cancellationToken);
        }
    }
}
