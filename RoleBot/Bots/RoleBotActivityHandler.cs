using RoleBot.Channels.Teams;
using RoleBot.Dialogs;
using RoleBot.Dialogs.Content;
using RoleBot.Dialogs.Engine;
using RoleBot.Protocol;
using RoleBot.State;
using RoleBot.Understanding;

namespace RoleBot.Bots;

/// <summary>
/// RoleBot's turn logic (CoreBot's DialogAndWelcomeBot): messages go through the recognizer into the dialog
/// stack; membership and installation events produce at most one welcome per conversation; uninstalling
/// forgets the conversation. State is loaded and saved around the turn by the adapter.
/// </summary>
public sealed class RoleBotActivityHandler(
    IRoleRecognizer recognizer,
    DialogRunner dialogs,
    BotTexts texts,
    IConversationStateStore store) : ActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var text = MentionStripper.Strip(turnContext.Activity);
        var data = turnContext.GetConversationData();
        if (text.Length == 0)
        {
            // A bare @mention (or an empty message): say what the bot does, and re-ask anything pending.
            await RunAsync(turnContext, data, recognizer.Recognize("help"), cancellationToken);
            return;
        }

        await RunAsync(turnContext, data, recognizer.Recognize(text), cancellationToken);
    }

    protected override Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        WelcomeOnceAsync(turnContext, WelcomeRules.ForConversationUpdate(turnContext.Activity), cancellationToken);

    protected override Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        WelcomeOnceAsync(turnContext, WelcomeRules.ForInstallation(turnContext.Activity), cancellationToken);

    protected override async Task OnInstallationUpdateRemoveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await store.DeleteAsync(StateKeys.For(turnContext.Activity), cancellationToken);
        turnContext.MarkConversationDeleted();
    }

    private Task RunAsync(ITurnContext turnContext, ConversationData data, UnderstandingResult understanding, CancellationToken cancellationToken) =>
        dialogs.RunAsync(turnContext, data, DialogInput.FromText(understanding), nameof(MainDialog), cancellationToken);

    private async Task WelcomeOnceAsync(ITurnContext turnContext, WelcomeKind kind, CancellationToken cancellationToken)
    {
        var data = turnContext.GetConversationData();
        if (kind == WelcomeKind.None || data.Welcomed)
        {
            return;
        }

        data.Welcomed = true;
        var text = kind == WelcomeKind.TeamIntro ? texts["teamIntro"] : texts["welcome"];
        await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = text }, cancellationToken);
    }
}
