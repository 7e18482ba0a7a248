using Microsoft.Extensions.Options;
using RoleBot.Knowledge;
using RoleBot.State;
using RoleBot.Understanding;

namespace RoleBot.Dialogs.Memory;

/// <summary>
/// The roles of the last few answers, kept in the conversation's own state (so every store keeps them) as the
/// context that "they", "the two" and "which of them" refer to. A change of topic or a few turns without a role
/// answer forget them, so an old pair is never silently reused.
/// </summary>
public sealed class ConversationMemory(IOptions<ConversationMemoryOptions> options)
{
    private ConversationMemoryOptions Options => options.Value;

    /// <summary>Called once per new question, before it is answered.</summary>
    public void StartTurn(ConversationData data, Intent intent)
    {
        data.TurnsSinceRoles++;
        if (data.TurnsSinceRoles > Options.ContextTurns || EndsTopic(intent))
        {
            Forget(data);
        }
    }

    /// <summary>The roles of an answer just given become the newest context, in the order the answer named them.</summary>
    public void Remember(ConversationData data, IReadOnlyList<string> roleIds)
    {
        if (roleIds.Count == 0)
        {
            return;
        }

        var recent = data.RecentRoleIds.Where(id => !roleIds.Contains(id, StringComparer.OrdinalIgnoreCase)).Concat(roleIds).ToList();
        data.RecentRoleIds = recent.Skip(Math.Max(0, recent.Count - Options.MaxRoles)).ToList();
        data.TurnsSinceRoles = 0;
    }

    /// <summary>The roles a new question may still refer to, before StartTurn counts it: none once the context has expired.</summary>
    public IReadOnlyList<string> Current(ConversationData data, KnowledgeBase kb) =>
        data.TurnsSinceRoles + 1 > Options.ContextTurns ? [] : Roles(data, kb);

    /// <summary>The remembered roles the knowledge base still knows, oldest first.</summary>
    public static IReadOnlyList<string> Roles(ConversationData data, KnowledgeBase kb) =>
        [.. data.RecentRoleIds.Where(id => kb.FindRole(id) is not null)];

    private static void Forget(ConversationData data)
    {
        data.RecentRoleIds = [];
        data.TurnsSinceRoles = 0;
    }

    // Greetings, goodbyes and questions outside roles start a new topic: "they" cannot mean the old roles any more.
    // ("start over" forgets everything before the dialogs run.)
    private static bool EndsTopic(Intent intent) =>
        intent is Intent.Greeting or Intent.Goodbye or Intent.OutOfScope;
}
