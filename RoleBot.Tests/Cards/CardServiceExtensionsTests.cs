using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Answers;
using RoleBot.Cards;
using RoleBot.Cards.Model;
using RoleBot.Cards.Rendering;
using RoleBot.Content;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Cards;

public class CardServiceExtensionsTests
{
    [Theory]
    [InlineData(false, "Action.Submit")]
    [InlineData(true, "Action.Execute")]
    public void ComposesRepliesFromTheConfiguredContentRoot(bool universalActions, string actionType)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [ContentPaths.ContentRootKey] = CardTestContent.RepoRoot,
            [CardServiceExtensions.UniversalActionsKey] = universalActions.ToString(),
        }).Build();
        using var provider = new ServiceCollection().AddRoleBotContent(configuration).AddRoleBotAnswers().AddRoleBotCards(configuration).BuildServiceProvider();

        // Web Chat: Teams always gets Action.Execute (Channels/Teams/UniversalActions), whatever the switch says.
        var activity = provider.GetRequiredService<AnswerComposer>().Help();
        provider.GetRequiredService<CardReplies>().Attach(activity);

        var card = activity.Attachments![0].Content!;
        Assert.Equal(AdaptiveCard.CurrentVersion, (string?)card["version"]);
        Assert.Equal(actionType, (string?)card["actions"]![0]!["type"]);
    }

    [Theory]
    [InlineData(null, CardMemoOptions.DefaultRememberedCards)]
    [InlineData("0", 0)]
    [InlineData("64", 64)]
    public void RemembersAsManyCardsAsConfigured(string? configured, int expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [CardServiceExtensions.RememberedCardsKey] = configured,
        }).Build();
        using var provider = new ServiceCollection().AddRoleBotCards(configuration).BuildServiceProvider();

        Assert.Equal(expected, provider.GetRequiredService<CardMemoOptions>().RememberedCards);
    }

    [Fact]
    public void FailsWithThePathWhenAnswersFileIsMissing()
    {
        var empty = Directory.CreateTempSubdirectory();
        Directory.CreateDirectory(Path.Combine(empty.FullName, ContentPaths.DialogsFolder));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [ContentPaths.ContentRootKey] = empty.FullName,
        }).Build();
        using var provider = new ServiceCollection().AddRoleBotContent(configuration).AddRoleBotAnswers().AddRoleBotCards(configuration).BuildServiceProvider();

        try
        {
            var error = Assert.ThrowsAny<IOException>(() => provider.GetRequiredService<AnswerComposer>());

            Assert.Contains("answers.json", error.Message);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }
}
