using System.Text.Json.Nodes;
using RoleBot.Answers;
using RoleBot.Content.Dialogs;
using RoleBot.Content.Knowledge;
using RoleBot.Content.Templates;
using RoleBot.Dialogs.Content;
using RoleBot.Dialogs.Engine;
using RoleBot.Dialogs.Prompts;
using RoleBot.Dialogs.Questions;

namespace RoleBot.Dialogs;

/// <summary>
/// "PM" names several roles, so the bot asks rather than guesses: the candidates are offered as a numbered
/// list and as buttons, and the answer may be a name, a distinguishing word, an ordinal or a number.
/// </summary>
public sealed class DisambiguateRoleDialog(IKnowledgeBaseProvider knowledge, DialogContentStore content) : Dialog(nameof(DisambiguateRoleDialog))
{
    public static readonly TemplateKey[] Texts = [new("which", "text", "choices")];

    private DialogContent Content => content.Get(nameof(DisambiguateRoleDialog), Texts);

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var slot = StateJson.FromNode<RoleSlot>(options)
            ?? throw new ArgumentException("DisambiguateRoleDialog needs an ambiguous role slot.", nameof(options));
        var prompt = new RolePromptOptions
        {
            Prompt = Content.Text("which", ("text", UserText.Clean(slot.Text)), ("choices", RoleNames.Join(knowledge.Current, slot.Candidates))),
            Choices = slot.Candidates,
            Mention = slot.Text,
            MaxRetries = Content.MaxRetries,
        };
        return dc.BeginDialogAsync(nameof(RolePrompt), StateJson.ToNode(prompt), cancellationToken);
    }
}
