using RoleBot.Content.Dialogs;
using RoleBot.Dialogs.Prompts;
using RoleBot.Tests.Support;
using RoleBot.Understanding;

namespace RoleBot.Tests.Understanding.Realistic;

/// <summary>
/// A reply to a pending role prompt as the bot reads it (NewQuestionInterruption, then RolePrompt): a new full
/// question keeps its intent; anything else that names a role answers the prompt with the role it takes, which the
/// batches label FollowUp. Cancel, help and start over work at any point and keep theirs.
/// </summary>
internal static class AtPrompt
{
    private static readonly Lazy<IReadOnlyList<string>> ListWords = new(() => DialogContentStore
        .Load(nameof(RolePrompt), Path.Combine(KnowledgeTestPaths.RepoRoot, "dialogs", nameof(RolePrompt), $"{nameof(RolePrompt)}.dialog.json"), RolePrompt.Texts)
        .List(PromptReply.ListWordsKey));

    public static UnderstandingResult Read(UnderstandingResult reply) =>
        reply.Intent is Intent.Cancel or Intent.StartOver or Intent.Help || reply.Roles.Count == 0 || PromptReply.IsNewQuestion(reply, ListWords.Value)
            ? reply
            : reply with { Intent = Intent.FollowUp, Roles = [reply.Roles[0]] };
}
