using System.Text.Json;
using RoleBot.Channels.Teams;
using RoleBot.Protocol;

namespace RoleBot.Tests.Channels.Teams;

public class MentionStripperTests
{
    private static Activity Message(string text, params string[] entities) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Recipient = new ChannelAccount { Id = "28:bot", Name = "RoleBot" },
        Entities = [.. entities.Select(e => JsonDocument.Parse(e).RootElement.Clone())],
    };

    [Fact]
    public void RemovesOnlyTheBotsOwnMention()
    {
        var activity = Message(
            "<at>RoleBot</at> who does <at>Alice</at> report to?",
            """{"type":"mention","mentioned":{"id":"28:bot","name":"RoleBot"},"text":"<at>RoleBot</at>"}""",
            """{"type":"mention","mentioned":{"id":"29:alice","name":"Alice"},"text":"<at>Alice</at>"}""");

        Assert.Equal("who does <at>Alice</at> report to?", MentionStripper.Strip(activity));
    }

    [Fact]
    public void FallsBackToTheMentionedNameWhenTheEntityHasNoText()
    {
        var activity = Message("<at>RoleBot</at>&nbsp;is a VP higher than a GM?", """{"type":"mention","mentioned":{"id":"28:bot","name":"RoleBot"}}""");

        Assert.Equal("is a VP higher than a GM?", MentionStripper.Strip(activity));
    }

    [Fact]
    public void LeavesTextAloneWithoutMentionsAndIgnoresMalformedEntities()
    {
        var activity = Message("  is a VP   higher?  ", "\"not an object\"", """{"type":"clientInfo","locale":"en-US"}""", """{"type":"mention","mentioned":"28:bot"}""");

        Assert.Equal("is a VP higher?", MentionStripper.Strip(activity));
    }
}
