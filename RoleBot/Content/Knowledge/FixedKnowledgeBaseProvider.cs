using RoleBot.Knowledge;

namespace RoleBot.Content.Knowledge;

/// <summary>Serves one knowledge base that never changes (tests, benchmarks, tools that load a file once).</summary>
public sealed class FixedKnowledgeBaseProvider(KnowledgeBase knowledgeBase) : IKnowledgeBaseProvider
{
    public KnowledgeBase Current { get; } = knowledgeBase;
}
