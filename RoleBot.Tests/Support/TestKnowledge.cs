using System.Text.Json;
using RoleBot.Content.Knowledge;
using RoleBot.Knowledge;

namespace RoleBot.Tests.Support;

/// <summary>
/// Small knowledge bases, so unit tests do not depend on the shipped file (<see cref="ShippedKnowledgeBase"/> is that
/// one): five roles built in code with an ambiguous "PM" for the prompts, and TestData/fixture-kb.json for the recognizer.
/// </summary>
public static class TestKnowledge
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static KnowledgeBase FiveRoles() => new(
        [
            Role("ceo", "Chief Executive Officer", 10, "CEO"),
            Role("vice-president", "Vice President", 8, "VP"),
            Role("project-manager", "Project Manager", 4, "PM"),
            Role("product-manager", "Product Manager", 4, "PM"),
            Role("program-manager", "Program Manager", 5, "PM"),
        ],
        [], [], [], [], [], [new AmbiguousAlias("PM", ["project-manager", "product-manager", "program-manager"])]);

    public static IKnowledgeBaseProvider FiveRolesProvider() => new FixedKnowledgeBaseProvider(FiveRoles());

    public static KnowledgeBase Fixture() => Load(Path.Combine(AppContext.BaseDirectory, "Understanding", "TestData", "fixture-kb.json"));

    public static KnowledgeBase Load(string path)
    {
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<FixtureFile>(stream, Options)!;
        return new KnowledgeBase(file.Roles, [], file.Faqs, [], [], [], file.AmbiguousAliases);
    }

    private static Role Role(string id, string name, int level, string abbreviation) => new()
    {
        Id = id, Name = name, Level = level, Track = "general", Description = name, Abbreviations = [abbreviation],
    };

    private sealed record FixtureFile(List<Role> Roles, List<Faq> Faqs, List<AmbiguousAlias> AmbiguousAliases);
}
