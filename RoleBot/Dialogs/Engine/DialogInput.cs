using RoleBot.Understanding;

namespace RoleBot.Dialogs.Engine;

/// <summary>What the user gave this turn: the understood text, or a role picked on a card (a click carries no text).</summary>
public sealed record DialogInput(UnderstandingResult Understanding, string? SelectedRoleId = null)
{
    public static DialogInput FromText(UnderstandingResult understanding) => new(understanding);

    public bool IsClick => SelectedRoleId is not null;
}
