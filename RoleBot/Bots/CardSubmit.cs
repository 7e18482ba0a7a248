using RoleBot.Cards.Actions;
using RoleBot.Dialogs.Engine;

namespace RoleBot.Bots;

/// <summary>
/// What a card click means for the dialogs: an input to run (Input), whether it starts a new question and so
/// drops any pending one (NewQuestion), a notice to show first (a BotTexts key, for stale or broken cards, and the
/// thanks for a vote), and the vote itself when the click was "Was this helpful?".
/// </summary>
public sealed record CardSubmit(DialogInput? Input, bool NewQuestion, string? NoticeKey = null, bool Reprompt = false, AnswerVote? Vote = null);

/// <summary>A "Was this helpful?" click: the answer it rates is a label of ids, like "compare:cfo,coo" (no user text).</summary>
public sealed record AnswerVote(bool Helpful, string Answer)
{
    public static AnswerVote From(CardPayload payload) => new(
        payload.Action == CardActionKind.Helpful,
        payload.Answer + ":" + string.Join(",", new[] { payload.Role, payload.Other, payload.Faq }.OfType<string>()));
}
