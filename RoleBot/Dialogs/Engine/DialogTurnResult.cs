using System.Text.Json.Nodes;

namespace RoleBot.Dialogs.Engine;

public enum DialogTurnStatus
{
    /// <summary>No dialog was active.</summary>
    Empty,

    /// <summary>A dialog asked something and waits for the next turn.</summary>
    Waiting,

    /// <summary>The stack ran to completion this turn.</summary>
    Complete,

    /// <summary>The stack was cancelled (by the user or by a prompt giving up).</summary>
    Cancelled,
}

public sealed record DialogTurnResult(DialogTurnStatus Status, JsonNode? Result = null)
{
    public static DialogTurnResult Waiting { get; } = new(DialogTurnStatus.Waiting);

    public static DialogTurnResult Empty { get; } = new(DialogTurnStatus.Empty);

    public static DialogTurnResult Cancelled { get; } = new(DialogTurnStatus.Cancelled);
}
