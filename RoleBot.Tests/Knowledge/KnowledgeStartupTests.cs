using Microsoft.Extensions.DependencyInjection;
using RoleBot.Content.Knowledge;
using RoleBot.Knowledge.Ranking;
using RoleBot.Knowledge.Validation;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Knowledge;

public sealed class KnowledgeStartupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rolebot-startup-").FullName;

    [Fact]
    public void ServerStartsWithTheShippedKnowledgeBase()
    {
        using var factory = new RoleBotAppFactory();
        using var client = factory.CreateClient();

        var provider = factory.Services.GetRequiredService<IKnowledgeBaseProvider>();

        Assert.True(provider.Current.Roles.Count >= 45);
        Assert.NotNull(factory.Services.GetRequiredService<RoleRanker>());
    }

    [Fact]
    public void InvalidKnowledgeBaseStopsStartupWithItsErrors()
    {
        var path = Path.Combine(_folder, "broken.kb.json");
        File.WriteAllText(path, File.ReadAllText(KnowledgeTestPaths.TestData("minimal.kb.json")).Replace("\"track\": \"product\"", "\"track\": \"galactic\""));
        using var factory = new RoleBotAppFactory(new RoleBotAppOptions
        {
            Settings = new Dictionary<string, string?> { [KnowledgeBaseLocation.PathKey] = path },
        });

        var thrown = Record.Exception(() => factory.CreateClient());

        // The host may report a failed start wrapped (several hosted services stop together), so look through it.
        var exception = Find(thrown);
        Assert.True(exception is not null, $"Expected a KnowledgeBaseException, got: {thrown}");
        Assert.Contains("unknown track 'galactic'", exception.Message);
    }

    private static KnowledgeBaseException? Find(Exception? exception) => exception switch
    {
        null => null,
        KnowledgeBaseException kb => kb,
        AggregateException aggregate => aggregate.InnerExceptions.Select(Find).FirstOrDefault(e => e is not null),
        _ => Find(exception.InnerException),
    };

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
