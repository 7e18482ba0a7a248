using System.Text.Json.Nodes;

namespace RoleBot.State;

/// <summary>One dialog on the conversation's stack: which dialog, and the state it keeps between turns.</summary>
public sealed class DialogInstance
{
    public required string Id { get; set; }
    public JsonObject State { get; set; } = [];
}
