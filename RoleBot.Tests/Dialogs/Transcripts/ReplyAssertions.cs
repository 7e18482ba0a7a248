using System.Text.Json.Nodes;

namespace RoleBot.Tests.Dialogs.Transcripts;

public static class ReplyAssertions
{
    public static void Check(IReadOnlyList<ExpectedReply> expected, IReadOnlyList<JsonObject> replies, string where)
    {
        Assert.True(expected.Count == replies.Count,
            $"{where}: expected {expected.Count} replies, got {replies.Count}: {string.Join(" | ", replies.Select(r => r["text"]))}");
        for (var i = 0; i < expected.Count; i++)
        {
            Check(expected[i], replies[i], $"{where}, reply {i}");
        }
    }

    private static void Check(ExpectedReply expected, JsonObject reply, string where)
    {
        var text = reply["text"]?.GetValue<string>() ?? "";
        foreach (var part in expected.TextContains)
        {
            Assert.True(text.Contains(part, StringComparison.OrdinalIgnoreCase), $"{where}: '{text}' should contain '{part}'.");
        }

        foreach (var part in expected.TextNotContains)
        {
            Assert.False(text.Contains(part, StringComparison.OrdinalIgnoreCase), $"{where}: '{text}' should not contain '{part}'.");
        }

        if (expected.AsksForRole is { } asks)
        {
            Assert.True(asks == (reply["inputHint"]?.GetValue<string>() == "expectingInput"), $"{where}: asksForRole should be {asks} for '{text}'.");
        }

        var attachments = reply["attachments"]?.AsArray() ?? [];
        if (expected.HasCard is { } hasCard)
        {
            Assert.True(hasCard == attachments.Count > 0, $"{where}: hasCard should be {hasCard}.");
        }

        var buttons = ReplyButtons.Of(reply);
        if (expected.CardActions is { } actions)
        {
            Assert.Equal(actions, buttons.Select(b => b.Action).ToList());
        }

        if (expected.Buttons is { } titles)
        {
            Assert.Equal(titles, buttons.Select(b => b.Title).ToList());
        }

        var cardJson = string.Join("\n", attachments.Select(a => a?["content"]?.ToJsonString() ?? ""));
        foreach (var part in expected.CardContains)
        {
            Assert.True(cardJson.Contains(part, StringComparison.OrdinalIgnoreCase), $"{where}: the card should contain '{part}'.");
        }
    }
}
