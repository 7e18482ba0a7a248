using System.Text.Json;
using RoleBot.Cards.Actions;
using RoleBot.Content.Knowledge;
using RoleBot.Dialogs.Engine;
using RoleBot.Dialogs.Prompts;
using RoleBot.State;
using RoleBot.Understanding;

namespace RoleBot.Bots;

/// <summary>
/// Reads a button click (Action.Submit value) with the cards' parser and decides what it means now. Answer-card
/// buttons carry a whole question, so they always work, however old the card. "Choose" buttons answer one
/// particular prompt: they count only while that prompt is waiting and offers that role. Anything malformed or
/// tampered with gets a polite notice, never an error.
/// </summary>
public sealed class CardSubmitRouter(IKnowledgeBaseProvider knowledge, IRoleRecognizer recognizer, ILogger<CardSubmitRouter> logger)
{
    public CardSubmit Route(JsonElement? value, ConversationData data)
    {
        var kb = knowledge.Current;
        var parsed = CardPayloadParser.Parse(value, id => kb.FindRole(id) is not null, id => kb.FindFaq(id) is not null);
        if (!parsed.IsValid)
        {
            // The rejection reason never quotes the payload, so it is safe to log.
            logger.LogInformation("Card payload rejected: {Reason}", parsed.Rejection);
            return new CardSubmit(null, false, "invalidCard");
        }

        var payload = parsed.Payload;
        return payload.Action switch
        {
            CardActionKind.Choose => Choose(payload.Role!, data),
            CardActionKind.Help => new CardSubmit(Input(Intent.Help), false),
            CardActionKind.Ask => new CardSubmit(DialogInput.FromText(recognizer.Recognize(payload.Text!)), true),
            CardActionKind.Faq => new CardSubmit(DialogInput.FromText(Understood(Intent.Faq) with { FaqId = payload.Faq }), true),
            CardActionKind.Describe => new CardSubmit(Input(Intent.Describe, payload.Role), true),
            CardActionKind.Career => new CardSubmit(Input(Intent.NextStep, payload.Role), true),
            CardActionKind.Compare => new CardSubmit(Input(Intent.Compare, payload.Role, payload.Other), true),
            CardActionKind.Rank => new CardSubmit(Input(Intent.Rank, payload.Role, payload.Other), true),
            // A vote leaves any pending question as it is: it rates an answer, it does not ask anything.
            CardActionKind.Helpful => new CardSubmit(null, false, "voteHelpful", Vote: AnswerVote.From(payload)),
            CardActionKind.Unhelpful => new CardSubmit(null, false, "voteUnhelpful", Vote: AnswerVote.From(payload)),
            _ => new CardSubmit(null, false, "invalidCard"),
        };
    }

    private static CardSubmit Choose(string roleId, ConversationData data)
    {
        var active = data.DialogStack.LastOrDefault();
        if (active?.Id == nameof(RolePrompt) && RolePrompt.AcceptedChoices(active).Contains(roleId, StringComparer.OrdinalIgnoreCase))
        {
            return new CardSubmit(new DialogInput(Understood(Intent.None), roleId), false);
        }

        // An old "which one?" card: with a question pending, say so and ask that one again; otherwise the role is the question.
        return active is not null
            ? new CardSubmit(null, false, "staleChoice", Reprompt: true)
            : new CardSubmit(Input(Intent.Describe, roleId), true, "staleCard");
    }

    private static DialogInput Input(Intent intent, params string?[] roleIds) =>
        DialogInput.FromText(Understood(intent) with
        {
            Roles = [.. roleIds.OfType<string>().Select(id => new RoleMention(id, 0, 0, [id], 1))],
        });

    private static UnderstandingResult Understood(Intent intent) => new() { Text = "", Intent = intent, Confidence = 1 };
}
