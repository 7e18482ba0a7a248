using System.Text.Json.Nodes;
using RoleBot.Content.Dialogs;
using RoleBot.Content.Knowledge;
using RoleBot.Content.Templates;
using RoleBot.Dialogs.Content;
using RoleBot.Dialogs.Engine;
using RoleBot.Dialogs.Prompts;
using RoleBot.Dialogs.Questions;
using RoleBot.Understanding;

namespace RoleBot.Dialogs;

/// <summary>
/// Slot filling for questions about two roles (CoreBot's BookingDialog shape): asks only for what is missing,
/// one role at a time, resolves ambiguous ones through DisambiguateRoleDialog, and ends with both role ids.
/// </summary>
public sealed class CompareRolesDialog(IKnowledgeBaseProvider knowledge, DialogContentStore content) : Dialog(nameof(CompareRolesDialog))
{
    public static readonly TemplateKey[] Texts = [new("askFirst"), new("askOther", "role")];

    private const string DraftKey = "draft";
    private const string PendingKey = "pending";

    private DialogContent Content => content.Get(nameof(CompareRolesDialog), Texts);

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var draft = StateJson.FromNode<QuestionDraft>(options)
            ?? throw new ArgumentException("CompareRolesDialog needs a question draft.", nameof(options));
        dc.State.Set(DraftKey, draft.Padded());
        return NextAsync(dc, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, JsonNode? result, CancellationToken cancellationToken)
    {
        var draft = dc.State.Get<QuestionDraft>(DraftKey)!;
        var pending = dc.State.Get<int>(PendingKey);
        if (result?.GetValue<string>() is { } roleId)
        {
            draft.Slots[pending] = RoleSlot.Known(roleId) with { Qualifier = draft.Slots[pending].Qualifier };
            dc.State.Set(DraftKey, draft);
        }

        return NextAsync(dc, cancellationToken);
    }

    private Task<DialogTurnResult> NextAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var draft = dc.State.Get<QuestionDraft>(DraftKey)!;
        var index = draft.Slots.FindIndex(s => !s.IsFilled);
        if (index < 0)
        {
            return dc.EndDialogAsync(new JsonArray([.. draft.Slots.Select(s => JsonValue.Create(s.RoleId))]), cancellationToken);
        }

        dc.State.Set(PendingKey, index);
        var slot = draft.Slots[index];
        if (slot.IsAmbiguous)
        {
            return dc.BeginDialogAsync(nameof(DisambiguateRoleDialog), StateJson.ToNode(slot), cancellationToken);
        }

        var kb = knowledge.Current;
        var other = draft.Slots.FirstOrDefault(s => s.IsFilled)?.RoleId;
        var prompt = new RolePromptOptions
        {
            Prompt = other is null ? Content.Text("askFirst") : Content.Text("askOther", ("role", RoleNames.Name(kb, other))),
            PairWith = other,
            PairIsRank = draft.Intent == Intent.Rank,
            Suggestions = other is null ? [] : RelatedRoles.For(kb, other),
            MaxRetries = Content.MaxRetries,
        };
        return dc.BeginDialogAsync(nameof(RolePrompt), StateJson.ToNode(prompt), cancellationToken);
    }
}
