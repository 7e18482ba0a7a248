using System.Text.Json;
using System.Text.Json.Nodes;

namespace RoleBot.Tests.Dialogs.Transcripts;

/// <summary>A named conversation: what the user does each turn and what the bot must reply.</summary>
public sealed record Transcript
{
    public required string Name { get; init; }

    /// <summary>emulator (default), msteams, webchat, slack...</summary>
    public string ChannelId { get; init; } = "emulator";

    /// <summary>Fields merged into every activity of this transcript (e.g. Teams conversationType, channelData).</summary>
    public JsonObject? Defaults { get; init; }

    public List<TranscriptTurn> Turns { get; init; } = [];
}

/// <summary>One user action: typed text, a card click (value), or a raw activity (membership, installation).</summary>
public sealed record TranscriptTurn
{
    public string? User { get; init; }

    public JsonElement? Value { get; init; }

    /// <summary>Fields merged over the generated activity: type, membersAdded, entities, channelData...</summary>
    public JsonObject? Activity { get; init; }

    /// <summary>Expected replies in order; an empty list means the bot must stay silent.</summary>
    public List<ExpectedReply> Expect { get; init; } = [];

    /// <summary>After this turn the conversation's stored state must be gone.</summary>
    public bool ExpectStateDeleted { get; init; }
}

/// <summary>What one reply must look like. Every field given is checked; text checks ignore case.</summary>
public sealed record ExpectedReply
{
    public List<string> TextContains { get; init; } = [];

    public List<string> TextNotContains { get; init; } = [];

    /// <summary>True: the reply is a question waiting for a role (inputHint expectingInput); false: it is not.</summary>
    public bool? AsksForRole { get; init; }

    public bool? HasCard { get; init; }

    /// <summary>The payload actions of the card's buttons, in order ("choose", "compare", "describe"...).</summary>
    public List<string>? CardActions { get; init; }

    /// <summary>Button titles offered, in order (suggested roles, disambiguation candidates).</summary>
    public List<string>? Buttons { get; init; }

    public List<string> CardContains { get; init; } = [];
}
