using RoleBot.Content.Knowledge;
using RoleBot.Knowledge;
using RoleBot.Organisations;

namespace RoleBot.Content.Organisations;

/// <summary>
/// The knowledge base every service reads: inside a turn of a user whose organisation gave its ladder, that
/// organisation's view; otherwise the general knowledge base. Services keep reading <c>Current</c> as before.
/// </summary>
public sealed class ScopedKnowledgeBaseProvider(FileKnowledgeBaseProvider general) : IKnowledgeBaseProvider
{
    public KnowledgeBase Current => OrganisationScope.Current?.Knowledge ?? general.Current;

    /// <summary>The general knowledge base's files, whose loads and refused edits are observed as metrics.</summary>
    public FileKnowledgeBaseProvider General => general;
}
