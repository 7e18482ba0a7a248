using System.Text.Json;
using RoleBot.Protocol;

namespace RoleBot.Tests.Protocol;

public sealed class ActivityCopyTests
{
    [Fact]
    public void CopiesEveryMember()
    {
        var original = Full();

        var copy = original.Copy();

        Assert.Equal(JsonSerializer.Serialize(original, ActivityJson.Options), JsonSerializer.Serialize(copy, ActivityJson.Options));
        Assert.Same(original.Draft, copy.Draft);
        foreach (var property in typeof(Activity).GetProperties().Where(p => p.CanWrite))
        {
            Assert.True(property.GetValue(copy) is not null, $"{property.Name} was not copied.");
        }
    }

    [Fact]
    public void ChangingTheCopysListsLeavesTheOriginalAsItWas()
    {
        var original = Full();
        var before = JsonSerializer.Serialize(original, ActivityJson.Options);

        var copy = original.Copy();
        copy.MembersAdded!.Add(new ChannelAccount { Id = "x" });
        copy.MembersRemoved!.Clear();
        copy.Attachments!.Add(new Attachment { ContentType = "text/plain" });
        copy.Entities!.Clear();
        copy.SuggestedActions!.Actions.Clear();
        copy.SuggestedActions.To!.Clear();
        copy.Properties!["added"] = JsonSerializer.SerializeToElement(1);
        copy.Text = "changed";

        Assert.Equal(before, JsonSerializer.Serialize(original, ActivityJson.Options));
    }

    // Every member set, found by reflection for the plain ones, so a member added later is set here too.
    private static Activity Full()
    {
        var activity = new Activity();
        foreach (var property in typeof(Activity).GetProperties().Where(p => p.CanWrite))
        {
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            object? value = type == typeof(string) ? $"{property.Name}-value"
                : type == typeof(DateTimeOffset) ? new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero)
                : type == typeof(JsonElement) ? JsonSerializer.SerializeToElement(new { property.Name })
                : type == typeof(object) ? new object()
                : null;
            property.SetValue(activity, value);
        }

        activity.From = new ChannelAccount { Id = "user" };
        activity.Recipient = new ChannelAccount { Id = "bot" };
        activity.Conversation = new ConversationAccount { Id = "conversation" };
        activity.MembersAdded = [new ChannelAccount { Id = "added" }];
        activity.MembersRemoved = [new ChannelAccount { Id = "removed" }];
        activity.Attachments = [new Attachment { ContentType = "application/json" }];
        activity.Entities = [JsonSerializer.SerializeToElement(new { type = "mention" })];
        activity.SuggestedActions = new SuggestedActions { To = ["user"], Actions = [new CardAction { Type = "imBack", Title = "Yes" }] };
        activity.Properties = new Dictionary<string, JsonElement> { ["extra"] = JsonSerializer.SerializeToElement(true) };
        return activity;
    }
}
