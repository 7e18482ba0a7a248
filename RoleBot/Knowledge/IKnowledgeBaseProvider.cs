using RoleBot.Content;

namespace RoleBot.Knowledge;

/// <summary>Hands out the knowledge base currently serving; a reload swaps it atomically.</summary>
public interface IKnowledgeBaseProvider : IContentSource<KnowledgeBase>
{
}
