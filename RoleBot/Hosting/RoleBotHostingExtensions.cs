using RoleBot.Answers;
using RoleBot.Auth;
using RoleBot.Bots;
using RoleBot.Cards;
using RoleBot.Channels;
using RoleBot.Channels.Slack.Native;
using RoleBot.Channels.Teams;
using RoleBot.Channels.WebChat.DirectLine;
using RoleBot.Channels.WebChat.Page;
using RoleBot.Content;
using RoleBot.Dialogs;
using RoleBot.Hosting.WarmUp;
using RoleBot.Insights;
using RoleBot.Knowledge;
using RoleBot.Protocol;
using RoleBot.State;
using RoleBot.Telemetry;
using RoleBot.Understanding;
using RoleBot.Understanding.Search;

namespace RoleBot.Hosting;

public static class RoleBotHostingExtensions
{
    /// <summary>Registers everything RoleBot needs; each concern adds itself in its own extension.</summary>
    public static WebApplicationBuilder AddRoleBot(this WebApplicationBuilder builder)
    {
        builder.Services.AddRoleBotTelemetry(builder.Configuration);
        builder.Services.AddRoleBotInsights(builder.Configuration);
        builder.Services.AddRoleBotProtocol(builder.Configuration);
        builder.Services.AddRoleBotAuth(builder.Configuration);
        builder.Services.AddRoleBotStateStore(builder.Configuration);
        builder.Services.AddRoleBotContent(builder.Configuration);
        builder.Services.AddRoleBotKnowledge();
        builder.Services.AddRoleBotUnderstanding();
        builder.Services.AddRoleBotPassageSearch(builder.Configuration);
        builder.Services.AddRoleBotAnswers();
        builder.Services.AddRoleBotCards(builder.Configuration);
        builder.Services.AddRoleBotChannels();
        builder.Services.AddRoleBotDialogs();
        builder.Services.AddRoleBotActivityHandler();
        builder.Services.AddRoleBotTeams();
        builder.Services.AddRoleBotSlack(builder.Configuration);
        builder.Services.AddRoleBotDirectLine(builder.Configuration);
        builder.Services.AddRoleBotWebChatPage(builder.Configuration);
        builder.Services.AddRoleBotWarmUp();
        return builder;
    }

    public static WebApplication MapRoleBot(this WebApplication app)
    {
        app.UseRoleBotSlowBodyHandling();
        app.MapRoleBotTelemetry();
        app.ObserveRoleBotGauges();
        app.MapRoleBotHealth();
        app.MapRoleBotMessages();
        app.MapRoleBotSlack();
        app.UseRoleBotDirectLineStreams();
        app.MapRoleBotDirectLine();
        app.MapRoleBotWebChatPage();
        return app;
    }
}
