using RoleBot.Content.Knowledge;
using RoleBot.Knowledge;

namespace RoleBot.Tests.Support;

/// <summary>The knowledge base the bot ships with, loaded once for all tests that read it.</summary>
internal static class ShippedKnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> Loaded = new(() => KnowledgeBaseLoader.LoadFile(KnowledgeTestPaths.ShippedKnowledgeBase));

    public static KnowledgeBase Instance => Loaded.Value;

    public static IKnowledgeBaseProvider Provider => new FixedKnowledgeBaseProvider(Instance);

    public static Role Role(string id) => Instance.FindRole(id) ?? throw new KeyNotFoundException($"role '{id}' is not in the shipped knowledge base");
}
