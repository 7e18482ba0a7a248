using System.Text.Json;
using RoleBot.Organisations;

namespace RoleBot.Channels;

/// <summary>
/// A message as the bot understands it, whatever channel it came from: the words typed (the bot's own mention and
/// the channel's markup removed), for a button click, the payload the button carried, and whose organisation the
/// user belongs to as the channel says it (a Teams tenant, a Slack team, the chat page's configured organisation).
/// </summary>
public sealed record InboundMessage(string Text, JsonElement? Value, OrganisationKey? Organisation = null)
{
    public bool HasValue => Value is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined };
}
