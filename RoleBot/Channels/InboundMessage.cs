using System.Text.Json;

namespace RoleBot.Channels;

/// <summary>
/// A message as the bot understands it, whatever channel it came from: the words typed (the bot's own mention and
/// the channel's markup removed) and, for a button click, the payload the button carried.
/// </summary>
public sealed record InboundMessage(string Text, JsonElement? Value)
{
    public bool HasValue => Value is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined };
}
