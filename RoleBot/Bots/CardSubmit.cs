using RoleBot.Dialogs.Engine;

namespace RoleBot.Bots;

/// <summary>
/// What a card click means for the dialogs: an input to run (Input), whether it starts a new question and so
/// drops any pending one (NewQuestion), and a notice to show first (a BotTexts key, for stale or broken cards).
/// </summary>
public sealed record CardSubmit(DialogInput? Input, bool NewQuestion, string? NoticeKey = null, bool Reprompt = false);
