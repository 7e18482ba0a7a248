using RoleBot.Content.Knowledge;
using RoleBot.Knowledge;

namespace RoleBot.Tests.Dialogs.Prompts;

/// <summary>A five-role knowledge base for unit tests of the prompts (the transcripts use the real one).</summary>
internal static class TestKnowledge
{
    public static KnowledgeBase Create() => new(
        [
            Role("ceo", "Chief Executive Officer", 10, "CEO"),
            Role("vice-president", "Vice President", 8, "VP"),
            Role("project-manager", "Project Manager", 4, "PM"),
            Role("product-manager", "Product Manager", 4, "PM"),
            Role("program-manager", "Program Manager", 5, "PM"),
        ],
        [], [], [], [], [], [new AmbiguousAlias("PM", ["project-manager", "product-manager", "program-manager"])]);

    public static IKnowledgeBaseProvider Provider() => new Fixed(Create());

    private static Role Role(string id, string name, int level, string abbreviation) => new()
    {
        Id = id, Name = name, Level = level, Track = "general", Description = name, Abbreviations = [abbreviation],
    };

    private sealed class Fixed(KnowledgeBase kb) : IKnowledgeBaseProvider
    {
        public KnowledgeBase Current { get; } = kb;
    }
}
