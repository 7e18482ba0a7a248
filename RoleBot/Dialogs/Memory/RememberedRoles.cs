using RoleBot.Dialogs.Content;
using RoleBot.Dialogs.Questions;
using RoleBot.Knowledge;
using RoleBot.State;
using RoleBot.Understanding;

namespace RoleBot.Dialogs.Memory;

/// <summary>
/// "who's their boss?", "which of them ranks higher?": a question that names no role but refers back, and that
/// the usual reading cannot answer, is read again with the remembered roles named in it. The second reading is
/// used only when it is a question about those roles; the reply then says which roles it took.
/// </summary>
public sealed class RememberedRoles(ConversationMemory memory, IRoleRecognizer recognizer)
{
    /// <param name="content">MainDialog's content: its "contextWords", "pairWords", "hireCues" and "context.pair".</param>
    public (UnderstandingResult Understanding, bool FromContext) Read(UnderstandingResult understanding, ConversationData data, KnowledgeBase kb, DialogContent content)
    {
        var context = memory.Current(data, kb);
        var answerable = IntentRoles.IsRoleQuestion(understanding.Intent) && (!IntentRoles.IsPair(understanding.Intent) || context.Count >= 2);
        if (understanding.Roles.Count > 0 || understanding.UnknownRoles.Count > 0 || context.Count == 0 || answerable || IsSmallTalk(understanding.Intent))
        {
            return (understanding, false);
        }

        var names = context.Select(id => kb.FindRole(id)!.Name).ToList();
        var pair = names.Count >= 2 ? content.Text("context.pair", ("first", names[^2]), ("second", names[^1])) : null;
        if (ContextRewrite.Rewrite(understanding.Text, names, pair, content.List("pairWords"), content.List("contextWords")) is not { } text
            || recognizer.Recognize(text) is not { Roles.Count: > 0, UnknownRoles.Count: 0 } reread
            || !IntentRoles.IsRoleQuestion(reread.Intent) && !QuestionShapes.HasCue(content, QuestionShapes.RoleShaped(reread), "hireCues"))
        {
            return (understanding, false);
        }

        return (reread, true);
    }

    private static bool IsSmallTalk(Intent intent) =>
        intent is Intent.Greeting or Intent.Thanks or Intent.Goodbye or Intent.Feedback or Intent.Why or Intent.Help or Intent.Cancel or Intent.StartOver;
}
