using System.Text.Json;
using RoleBot.Content;
using RoleBot.Content.Knowledge;
using RoleBot.Knowledge;

namespace RoleBot.Tests.Understanding;

/// <summary>A small knowledge base built with the public constructor, so recognizer tests do not depend on the shipped file.</summary>
public static class TestKnowledge
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    /// <summary>The shipped knowledge base, loaded and validated by the real loader.</summary>
    public static KnowledgeBase Shipped() => KnowledgeBaseLoader.LoadFile(KnowledgeBaseLocation.Default(
        ContentPaths.FindDialogsRoot(AppContext.BaseDirectory) ?? throw new DirectoryNotFoundException("dialogs/ not found")));

    public static KnowledgeBase Fixture() => Load(Path.Combine(AppContext.BaseDirectory, "Understanding", "TestData", "fixture-kb.json"));

    public static KnowledgeBase Load(string path)
    {
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<FixtureFile>(stream, Options)!;
        return new KnowledgeBase(file.Roles, [], file.Faqs, [], [], [], file.AmbiguousAliases);
    }

    private sealed record FixtureFile(List<Role> Roles, List<Faq> Faqs, List<AmbiguousAlias> AmbiguousAliases);
}
