using System.Text.Json.Nodes;
using RoleBot.Answers;
using RoleBot.Content.Dialogs;
using RoleBot.Content.Knowledge;
using RoleBot.Content.Templates;
using RoleBot.Dialogs.Content;
using RoleBot.Dialogs.Engine;
using RoleBot.Dialogs.Replies;
using RoleBot.State;
using RoleBot.Understanding;

namespace RoleBot.Dialogs.Prompts;

/// <summary>
/// Asks for one role and ends with its id. An ambiguous answer ("PM") narrows the choices without costing a
/// retry; an unusable answer re-asks with suggestions; after MaxRetries failed answers the prompt gives up,
/// says what the bot can do and cancels the whole stack so the next message starts fresh.
/// </summary>
public sealed class RolePrompt(IKnowledgeBaseProvider knowledge, DialogContentStore content, BotTexts texts, DialogReplies replies)
    : Dialog(nameof(RolePrompt))
{
    public static readonly TemplateKey[] Texts =
    [
        new("ambiguous", "text", "choices"), new("retry", "prompt"), new("suggest", "roles"), new("notAChoice", "choices"), new("giveUp"),
        new("usedOne", "role", "other"),
    ];

    private const string OptionsKey = "options";
    private const string RetriesKey = "retries";
    private const string SuggestedKey = "suggested";

    private DialogContent Content => content.Get(nameof(RolePrompt), Texts);

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var promptOptions = StateJson.FromNode<RolePromptOptions>(options)
            ?? throw new ArgumentException("A role prompt needs RolePromptOptions.", nameof(options));
        dc.State.Set(OptionsKey, promptOptions);
        dc.State.Set(RetriesKey, 0);
        await RepromptAsync(dc, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var kb = knowledge.Current;
        var options = dc.State.Get<RolePromptOptions>(OptionsKey)!;
        var suggested = dc.State.Get<List<string>>(SuggestedKey) ?? [];
        var choices = options.Choices.Count > 0 ? options.Choices : suggested;
        var match = RoleChoiceMatcher.Match(dc.Input, choices, kb, options.PairWith);
        if (match.RoleId is null && options.Choices.Count == 0 && suggested.Count > 0)
        {
            // Suggestions are a help, not a restriction: a role named outright still counts.
            match = RoleChoiceMatcher.Match(dc.Input, [], kb, options.PairWith);
        }

        if (match.RoleId is { } roleId)
        {
            // "COO or CTO" for one role: the first is used, and the user is told, so the other can be asked next.
            if (!dc.Input.IsClick && RoleChoiceMatcher.OthersNamed(dc.Input, roleId, options.PairWith) is [var other, ..])
            {
                await dc.SendTextAsync(Content.Text("usedOne", ("role", RoleNames.Name(kb, roleId)), ("other", UserText.Clean(other))), cancellationToken);
            }

            return await dc.EndDialogAsync(JsonValue.Create(roleId), cancellationToken);
        }

        if (match.IsAmbiguous)
        {
            var narrowed = options with { Choices = [.. match.Candidates], Mention = match.AmbiguousText };
            dc.State.Set(OptionsKey, narrowed);
            var text = Content.Text("ambiguous", ("text", UserText.Clean(match.AmbiguousText)), ("choices", RoleNames.Join(kb, match.Candidates)));
            await dc.SendAsync(replies.AskRole(text, match.AmbiguousText, narrowed.Choices, kb), cancellationToken);
            return DialogTurnResult.Waiting;
        }

        return await RetryOrGiveUpAsync(dc, options, cancellationToken);
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var options = dc.State.Get<RolePromptOptions>(OptionsKey)!;
        var kb = knowledge.Current;
        var ask = options.Choices.Count == 0 && options.PairWith is { } known
            ? replies.AskOtherRole(options.Prompt, known, options.PairIsRank, options.Suggestions, kb)
            : replies.AskRole(options.Prompt, options.Mention, options.Choices, kb);
        return dc.SendAsync(ask, cancellationToken);
    }

    /// <summary>The roles a pending prompt accepts from a card click, so the bot can tell a current card from an old one.</summary>
    public static IReadOnlyList<string> AcceptedChoices(DialogInstance prompt) =>
        prompt.State.Get<RolePromptOptions>(OptionsKey) is { Choices.Count: > 0 } options
            ? options.Choices
            : prompt.State.Get<List<string>>(SuggestedKey) ?? [];

    /// <summary>
    /// Asked for a role (without choices), a short answer that names none ("the overlord") is itself the unknown
    /// role, even when the recognizer, which has no idea a role was asked for, did not flag it or took it for an
    /// off-topic remark. Numbers, small talk and anything else the recognizer understood are not names.
    /// </summary>
    private static IReadOnlyList<string> UnknownTerms(UnderstandingResult understanding) =>
        understanding.Intent is not (Intent.None or Intent.OutOfScope) || understanding.UnknownRoles.Count > 0 || understanding.Roles.Count > 0
            || understanding.Ordinal is not null
            ? understanding.UnknownRoles
            : understanding.TitleCandidate is { } title ? [title] : [];

    private async Task<DialogTurnResult> RetryOrGiveUpAsync(DialogContext dc, RolePromptOptions options, CancellationToken cancellationToken)
    {
        var retries = dc.State.Get<int>(RetriesKey) + 1;
        dc.State.Set(RetriesKey, retries);
        if (retries > options.MaxRetries)
        {
            await dc.SendAsync(replies.WithExamples($"{Content.Text("giveUp")} {texts["capabilities"]}"), cancellationToken);
            return await dc.CancelAllDialogsAsync();
        }

        var kb = knowledge.Current;
        var unknown = options.Choices.Count > 0 ? dc.Input.Understanding.UnknownRoles : UnknownTerms(dc.Input.Understanding);
        var lead = unknown.Count > 0 ? texts.Format("unknownRole", ("role", UserText.Clean(unknown[0]))) + " " : "";
        if (options.Choices.Count > 0)
        {
            var again = lead + Content.Text("notAChoice", ("choices", RoleNames.Join(kb, options.Choices)));
            await dc.SendAsync(replies.AskRole(again, options.Mention, options.Choices, kb), cancellationToken);
            return DialogTurnResult.Waiting;
        }

        var typed = unknown.Count > 0 ? unknown : [dc.Input.Understanding.Text];
        var suggestions = RoleSuggester.Suggest(kb, typed, Content.ExampleRoles).ToList();
        dc.State.Set(SuggestedKey, suggestions);
        var retry = options.RetryPrompt ?? options.Prompt;
        var textWithSuggestions = lead + Content.Text("retry", ("prompt", retry)) + " "
            + Content.Text("suggest", ("roles", RoleNames.Join(kb, suggestions)));
        await dc.SendAsync(replies.AskRole(textWithSuggestions, typed[0], suggestions, kb), cancellationToken);
        return DialogTurnResult.Waiting;
    }
}
