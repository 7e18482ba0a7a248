using RoleBot.Understanding;

namespace RoleBot.Dialogs.Engine;

/// <summary>
/// What the user gave this turn: the understood text, or a role picked on a card (a click carries no text).
/// <see cref="PromptId"/> names the prompt the clicked card belonged to, so an old card can be told apart.
/// </summary>
public sealed record DialogInput(UnderstandingResult Understanding, string? SelectedRoleId = null, string? PromptId = null)
{
    public static DialogInput FromText(UnderstandingResult understanding) => new(understanding);

    public bool IsClick => SelectedRoleId is not null;
}
