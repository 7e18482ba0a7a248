using System.Text.Json;
using RoleBot.Bots;
using RoleBot.Protocol;
using RoleBot.Protocol.Http;
using RoleBot.Protocol.Turns;
using RoleBot.State;

namespace RoleBot.Hosting.WarmUp;

/// <summary>
/// One real question, asked on a channel of each renderer (Adaptive Card for Direct Line and Teams, Block Kit for
/// Slack), plus the welcome: the first visitor otherwise waits for the recognizer's model to be built and for the
/// recognizer, dialogs, card renderers and JSON serializers to be JIT-compiled (about 0.6 s). The turns run on
/// RoleBot's own bot with a throwaway ConversationData and replies that go nowhere: no conversation state is loaded
/// or saved and nothing is sent.
/// </summary>
public sealed class WarmUpTurns(IServiceScopeFactory scopes)
{
    public const string Question = "who is higher, GM or VP?";
    public static readonly string[] Channels = [ChannelIds.DirectLine, ChannelIds.Teams, ChannelIds.Slack];

    /// <summary>Runs the turns and returns the replies they produced, which went nowhere else.</summary>
    public async Task<IReadOnlyList<Activity>> RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        // RoleBot's bot rather than whatever IBot is registered: warming up a replaced bot would run a stranger's turn.
        var bot = ActivatorUtilities.GetServiceOrCreateInstance<RoleBotActivityHandler>(scope.ServiceProvider);
        var shaper = scope.ServiceProvider.GetRequiredService<IReplyShaper>();
        var replies = new List<Activity>();
        foreach (var channel in Channels)
        {
            var data = new ConversationData();
            await RunTurnAsync(bot, shaper, WarmUpActivities.Welcome(channel), data, replies, cancellationToken);
            await RunTurnAsync(bot, shaper, WarmUpActivities.Message(channel, Question), data, replies, cancellationToken);
            RoundTrip(data);
        }

        return replies;
    }

    private static async Task RunTurnAsync(IBot bot, IReplyShaper shaper, Activity activity, ConversationData data, List<Activity> replies, CancellationToken cancellationToken)
    {
        var context = new TurnContext(ReadBack(activity), shaper, (reply, _) =>
        {
            replies.Add(reply);
            return Task.FromResult<string?>(null);
        });
        context.SetConversationData(data);
        await bot.OnTurnAsync(context, cancellationToken);
        // What Direct Line polls, expectReplies and the connector write.
        _ = JsonSerializer.SerializeToUtf8Bytes(replies, ActivityJson.Options);
    }

    // The inbound path: the activity goes through the same reader /api/messages and Direct Line use.
    private static Activity ReadBack(Activity activity) =>
        ActivityReader.Read(JsonSerializer.SerializeToUtf8Bytes(activity, ActivityJson.Options)).Activity
        ?? throw new InvalidOperationException("The warm-up activity did not pass the activity reader.");

    // What the state stores write and read (serialized with the wire options), without touching a store.
    private static void RoundTrip(ConversationData data) =>
        _ = JsonSerializer.Deserialize<ConversationData>(JsonSerializer.SerializeToUtf8Bytes(data, ActivityJson.Options), ActivityJson.Options);
}
