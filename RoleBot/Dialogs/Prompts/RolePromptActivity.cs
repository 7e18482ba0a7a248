using RoleBot.Knowledge;
using RoleBot.Protocol;

namespace RoleBot.Dialogs.Prompts;

/// <summary>
/// A question that waits for a role: numbered choices in the text (so "2" has a meaning on every channel) and
/// the same choices as quick-reply buttons where the channel shows them.
/// </summary>
public static class RolePromptActivity
{
    public static Activity Create(KnowledgeBase kb, string text, IReadOnlyList<string> choices)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = choices.Count > 0 ? $"{text}\n\n{RoleNames.Numbered(kb, choices)}" : text,
            InputHint = InputHints.ExpectingInput,
        };
        if (choices.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = [.. choices.Select(id => new CardAction { Type = "imBack", Title = RoleNames.Name(kb, id), Value = RoleNames.Name(kb, id) })],
            };
        }

        return activity;
    }
}
