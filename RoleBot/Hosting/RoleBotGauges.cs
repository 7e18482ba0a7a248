using RoleBot.Channels.WebChat.DirectLine.Conversations;
using RoleBot.Content.Knowledge;
using RoleBot.Content.Organisations;
using RoleBot.Telemetry;

namespace RoleBot.Hosting;

/// <summary>Metrics read from other folders' state when they are collected, so those folders need not know about metrics.</summary>
public static class RoleBotGauges
{
    public static WebApplication ObserveRoleBotGauges(this WebApplication app)
    {
        var metrics = app.Services.GetRequiredService<RoleBotMetrics>();
        // In memory only: with PostgreSQL the conversations belong to no one instance, and counting them is a query.
        if (app.Services.GetRequiredService<IDirectLineConversationStore>() is DirectLineConversationStore conversations)
        {
            metrics.Observe("rolebot.directline.conversations", "{conversation}", "Direct Line conversations held (in progress, not yet idle).", () => conversations.Count);
        }

        var knowledgeBase = app.Services.GetRequiredService<IKnowledgeBaseProvider>() switch
        {
            FileKnowledgeBaseProvider files => files,
            ScopedKnowledgeBaseProvider scoped => scoped.General,
            _ => null,
        };
        if (knowledgeBase is not null)
        {
            metrics.ObserveKnowledgeBase(() => knowledgeBase.Loads, () => knowledgeBase.LoadFailures);
        }

        return app;
    }
}
