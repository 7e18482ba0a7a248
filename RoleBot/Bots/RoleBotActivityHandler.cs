using System.Diagnostics;
using RoleBot.Cards.Actions;
using RoleBot.Channels;
using RoleBot.Channels.Teams.Invokes;
using RoleBot.Content.Organisations;
using RoleBot.Dialogs;
using RoleBot.Dialogs.Content;
using RoleBot.Dialogs.Engine;
using RoleBot.Dialogs.Replies;
using RoleBot.Organisations;
using RoleBot.Protocol;
using RoleBot.Protocol.Turns;
using RoleBot.State;
using RoleBot.Telemetry;
using RoleBot.Understanding;

namespace RoleBot.Bots;

/// <summary>
/// RoleBot's turn logic (CoreBot's DialogAndWelcomeBot): the channel's adapter reads each message into neutral
/// words and click payload; typed messages go through the recognizer and card clicks through the card router into
/// the dialog stack; membership and installation events produce at most one welcome
/// per conversation; uninstalling forgets the conversation. The adapter loads and saves state around the turn.
/// </summary>
public sealed class RoleBotActivityHandler(
    ChannelAdapters channels,
    IRoleRecognizer recognizer,
    DialogRunner dialogs,
    CardSubmitHandler cardSubmits,
    TeamsInvokes invokes,
    DialogReplies replies,
    BotTexts texts,
    IConversationStateStore store,
    RoleBotMetrics metrics, OrganisationTurns organisations) : ActivityHandler
{
    /// <summary>Every turn (messages, clicks, searches) runs in the scope of the user's organisation, as the channel's adapter reads it.</summary>
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        using var organisation = organisations.Enter(channels.For(turnContext.Activity.ChannelId).Organisation(turnContext.Activity));
        turnContext.Report().Organisation = OrganisationScope.Current?.Organisation.Id;
        await base.OnTurnAsync(turnContext, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (channels.For(activity.ChannelId).Read(activity) is not { } message)
        {
            return;
        }

        var data = turnContext.GetConversationData();
        var text = message.Text;
        if (CardPayloadParser.LooksLikePayload(message.Value) || (text.Length == 0 && message.HasValue))
        {
            turnContext.Report().Intent ??= "card";
            await cardSubmits.HandleAsync(turnContext, message.Value, cancellationToken);
            return;
        }

        // A bare @mention or an empty message is treated as a request for help (which re-asks anything pending).
        var understanding = Understand(turnContext, text.Length == 0 ? "help" : text);
        await dialogs.RunAsync(turnContext, data, DialogInput.FromText(understanding), nameof(MainDialog), cancellationToken);
    }

    /// <summary>Teams invokes (Action.Execute clicks, message-extension search); other names stay unanswered, i.e. 501.</summary>
    protected override Task OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        invokes.HandleAsync(turnContext, cancellationToken);

    protected override Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        WelcomeOnceAsync(turnContext, WelcomeRules.ForConversationUpdate(turnContext.Activity, channels.For(turnContext.Activity.ChannelId)), cancellationToken);

    protected override Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        WelcomeOnceAsync(turnContext, WelcomeRules.ForInstallation(turnContext.Activity, channels.For(turnContext.Activity.ChannelId)), cancellationToken);

    protected override async Task OnInstallationUpdateRemoveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await store.DeleteAsync(StateKeys.For(turnContext.Activity), cancellationToken);
        turnContext.MarkConversationDeleted();
    }

    /// <summary>The recognizer, as the turn's "rolebot.understanding" span; the turn's report learns the intent.</summary>
    private UnderstandingResult Understand(ITurnContext turnContext, string text)
    {
        var started = Stopwatch.GetTimestamp();
        UnderstandingResult understanding;
        using (RoleBotTelemetry.Start("rolebot.understanding"))
        {
            understanding = recognizer.Recognize(text);
        }

        var intent = understanding.Intent.ToString();
        metrics.Understood(intent, Stopwatch.GetElapsedTime(started));
        var report = turnContext.Report();
        report.Intent = intent;
        report.Confidence = understanding.Confidence;
        report.Question = text;
        return understanding;
    }

    private async Task WelcomeOnceAsync(ITurnContext turnContext, WelcomeKind kind, CancellationToken cancellationToken)
    {
        var data = turnContext.GetConversationData();
        if (kind == WelcomeKind.None || data.Welcomed)
        {
            return;
        }

        data.Welcomed = true;
        var welcome = kind == WelcomeKind.TeamIntro
            ? DialogReplies.Text(texts["teamIntro"])
            : replies.Welcome();
        await turnContext.SendActivityAsync(welcome, cancellationToken);
    }
}
