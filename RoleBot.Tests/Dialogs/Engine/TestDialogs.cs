using System.Text.Json.Nodes;
using RoleBot.Dialogs.Engine;

namespace RoleBot.Tests.Dialogs.Engine;

/// <summary>Asks a question, then ends with whatever text the user answered.</summary>
internal sealed class AskDialog(string id, string question) : Dialog(id)
{
    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        dc.State["asked"] = question;
        await dc.SendTextAsync(question, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(JsonValue.Create(dc.Input.Understanding.Text), cancellationToken);

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.SendTextAsync(dc.State["asked"]!.GetValue<string>(), cancellationToken);
}

/// <summary>Collects two answers through child dialogs, keeping them in its JSON state, and reports both.</summary>
internal sealed class TwoQuestionsDialog() : Dialog("two")
{
    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        dc.State["answers"] = new JsonArray();
        return dc.BeginDialogAsync("first", null, cancellationToken);
    }

    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, JsonNode? result, CancellationToken cancellationToken)
    {
        var answers = dc.State["answers"]!.AsArray();
        answers.Add(result!.GetValue<string>());
        if (answers.Count < 2)
        {
            return await dc.BeginDialogAsync("second", null, cancellationToken);
        }

        await dc.SendTextAsync($"got {answers[0]} and {answers[1]}", cancellationToken);
        return await dc.EndDialogAsync(answers.DeepClone(), cancellationToken);
    }
}

/// <summary>Hands over to another dialog without ever being resumed.</summary>
internal sealed class HandOverDialog() : Dialog("handover")
{
    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken) =>
        dc.ReplaceDialogAsync("first", null, cancellationToken);
}
