using RoleBot.Channels.WebChat.DirectLine.Conversations;
using RoleBot.Content.Knowledge;
using RoleBot.Telemetry;

namespace RoleBot.Hosting;

/// <summary>Metrics read from other folders' state when they are collected, so those folders need not know about metrics.</summary>
public static class RoleBotGauges
{
    public static WebApplication ObserveRoleBotGauges(this WebApplication app)
    {
        var metrics = app.Services.GetRequiredService<RoleBotMetrics>();
        var conversations = app.Services.GetRequiredService<DirectLineConversationStore>();
        metrics.Observe("rolebot.directline.conversations", "{conversation}", "Direct Line conversations held (in progress, not yet idle).", () => conversations.Count);
        if (app.Services.GetRequiredService<IKnowledgeBaseProvider>() is FileKnowledgeBaseProvider knowledgeBase)
        {
            metrics.ObserveKnowledgeBase(() => knowledgeBase.Loads, () => knowledgeBase.LoadFailures);
        }

        return app;
    }
}
