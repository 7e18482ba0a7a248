using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using RoleBot.Answers;
using RoleBot.Content;
using RoleBot.Dialogs;
using RoleBot.Dialogs.Answering;
using RoleBot.Dialogs.Engine;
using RoleBot.Dialogs.Questions;
using RoleBot.Knowledge;
using RoleBot.Protocol;
using RoleBot.State;
using RoleBot.Tests.Dialogs.Engine;
using RoleBot.Tests.Support;
using RoleBot.Understanding;
using RoleBot.Understanding.Search;

namespace RoleBot.Tests.Dialogs;

/// <summary>
/// The real dialogs and content over the small test knowledge base, with the answerer isolated so a test can
/// see exactly which resolved questions reached it.
/// </summary>
internal sealed class DialogHarness
{
    private readonly DialogRunner _runner;

    public DialogHarness()
    {
        Answerer.Setup(a => a.Answer(It.IsAny<RoleQuestion>()))
            .Returns<RoleQuestion>(q => [new Activity { Type = ActivityTypes.Message, Text = $"answer {q.Intent} {string.Join(",", q.RoleIds)}" }]);
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton(TestKnowledge.FiveRolesProvider())
            .AddRoleBotContent(configuration)
            .AddRoleBotKnowledge()
            .AddRoleBotAnswers()
            .AddRoleBotUnderstanding()
            .AddRoleBotPassageSearch(configuration)
            .AddRoleBotDialogs()
            .AddSingleton(Answerer.Object)
            .BuildServiceProvider();
        _runner = services.GetRequiredService<DialogRunner>();
    }

    public Mock<IRoleAnswerer> Answerer { get; } = new();

    public ConversationData Data { get; } = new();

    public async Task<List<Activity>> SayAsync(UnderstandingResult understanding)
    {
        var turn = new TestTurn(understanding.Text, Data);
        await _runner.RunAsync(turn.Context, Data, DialogInput.FromText(understanding), nameof(MainDialog), CancellationToken.None);
        return turn.Replies;
    }

    public Task<List<Activity>> SayAsync(string text, Intent intent = Intent.None, params RoleMention[] roles) =>
        SayAsync(TestTurn.Understood(text, intent, roles));

    public static RoleMention Pm => TestTurn.Mention("PM", "project-manager", "product-manager", "program-manager");

    public static RoleMention Ceo => TestTurn.Mention("CEO", "ceo");

    public static RoleMention Vp => TestTurn.Mention("VP", "vice-president");
}
