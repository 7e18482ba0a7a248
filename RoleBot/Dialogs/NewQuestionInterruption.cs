using RoleBot.Content.Dialogs;
using RoleBot.Dialogs.Engine;
using RoleBot.Dialogs.Prompts;

namespace RoleBot.Dialogs;

/// <summary>
/// While the bot waits for one role, a complete new question ("is a VP higher than a CEO?", "what does a scrum
/// master do?") is not an answer: the pending question is dropped and the new one is answered from scratch.
/// </summary>
public sealed class NewQuestionInterruption(DialogContentStore content) : IDialogInterruption
{
    public Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.ActiveDialog is not null && !dc.Input.IsClick
            && PromptReply.IsNewQuestion(dc.Input.Understanding, content.Get(nameof(RolePrompt), RolePrompt.Texts).List(PromptReply.ListWordsKey)))
        {
            dc.Data.DialogStack.Clear();
        }

        // Not handled: the runner goes on and, with the stack empty, starts the main dialog on this input.
        return Task.FromResult(false);
    }
}
