using System.Text.Json;
using System.Text.Json.Nodes;
using RoleBot.Bots;
using RoleBot.Cards.Actions;
using RoleBot.Cards.Model;
using RoleBot.Dialogs.Content;
using RoleBot.Protocol;
using RoleBot.Protocol.Turns;

namespace RoleBot.Channels.Teams.Invokes;

/// <summary>
/// An Action.Execute click (adaptiveCard/action) is handled exactly like the Action.Submit it falls back to, by
/// the bot's card-submit path; the card that click produces replaces the clicked card. Replies without a card
/// come back as a message, and a stale or tampered payload gets the same notice a Submit would: 200, never 500.
/// </summary>
public sealed class AdaptiveCardActionHandler(CardSubmitHandler submits, TeamsAdapter teams, BotTexts texts)
{
    public async Task<InvokeResponse> HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var (request, rejection) = ExecuteRequest.Read(turnContext.Activity);
        if (rejection is not null)
        {
            return rejection;
        }

        if (!VerbMatchesData(request!))
        {
            return AdaptiveCardInvokeResponse.Message(texts["invalidCard"]);
        }

        var capture = new CapturingTurnContext(turnContext);
        await submits.HandleAsync(capture, request!.Data, cancellationToken);
        return await RespondAsync(turnContext, capture.Replies, cancellationToken);
    }

    /// <summary>The verb is written from the payload's action, so a verb that disagrees means the card was edited.</summary>
    private static bool VerbMatchesData(ExecuteRequest request) =>
        request.Data is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.String
        && CardActionNames.TryParse(action.GetString()!, out var kind)
        && string.Equals(request.Verb, UniversalActions.VerbFor(kind), StringComparison.Ordinal);

    private async Task<InvokeResponse> RespondAsync(ITurnContext turnContext, List<Activity> replies, CancellationToken cancellationToken)
    {
        var messages = replies.Where(r => r.IsType(ActivityTypes.Message)).ToList();
        // Captured replies were never sent, so they are still drafts: the new card is the Teams card of the answer.
        messages.ForEach(teams.Shape);
        var withCard = messages.FirstOrDefault(r => CardOf(r) is not null);
        if (withCard is null)
        {
            var text = string.Join(" ", messages.Select(m => m.Text).Where(t => !string.IsNullOrWhiteSpace(t)));
            return AdaptiveCardInvokeResponse.Message(text.Length > 0 ? text : texts["invalidCard"]);
        }

        // Anything said besides the new card (a notice, a second answer) still reaches the conversation.
        foreach (var other in messages.Where(m => !ReferenceEquals(m, withCard)))
        {
            await turnContext.SendActivityAsync(other, cancellationToken);
        }

        return AdaptiveCardInvokeResponse.Card(CardOf(withCard)!);
    }

    private static JsonObject? CardOf(Activity activity) =>
        activity.Attachments?.FirstOrDefault(a => a.ContentType == AdaptiveCard.ContentType)?.Content as JsonObject;
}
