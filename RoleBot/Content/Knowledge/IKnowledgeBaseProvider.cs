using RoleBot.Knowledge;

namespace RoleBot.Content.Knowledge;

/// <summary>Hands out the knowledge base currently serving; a reload swaps it atomically.</summary>
public interface IKnowledgeBaseProvider : IContentSource<KnowledgeBase>
{
}
