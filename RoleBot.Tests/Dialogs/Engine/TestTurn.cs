using RoleBot.Protocol;
using RoleBot.Protocol.Turns;
using RoleBot.State;
using RoleBot.Tests.Support;
using RoleBot.Understanding;

namespace RoleBot.Tests.Dialogs.Engine;

/// <summary>A real TurnContext whose replies are collected instead of sent.</summary>
internal sealed class TestTurn
{
    public List<Activity> Replies { get; } = [];

    public TurnContext Context { get; }

    public TestTurn(string text = "", ConversationData? data = null)
    {
        Context = new TurnContext(
            new Activity { Type = ActivityTypes.Message, Text = text, ChannelId = "test", Conversation = new ConversationAccount { Id = "c1" } },
            CardTestContent.Channels,
            (reply, _) =>
            {
                Replies.Add(reply);
                return Task.FromResult<string?>(null);
            });
        Context.SetConversationData(data ?? new ConversationData());
    }

    public IEnumerable<string> Texts => Replies.Select(r => r.Text ?? "");

    public static UnderstandingResult Understood(string text, Intent intent = Intent.None, params RoleMention[] roles) =>
        new() { Text = text, Intent = intent, Confidence = 1, Roles = roles };

    public static RoleMention Mention(string text, params string[] candidates) => new(text, 0, text.Length, candidates, 1);

    public static RoleMention MentionOf(string text, string roleId) => Mention(text, roleId);
}
