using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using RoleBot.Answers;
using RoleBot.Content.Dialogs;
using RoleBot.Content.Knowledge;
using RoleBot.Content.Templates;
using RoleBot.Dialogs.Answering;
using RoleBot.Dialogs.Content;
using RoleBot.Dialogs.Engine;
using RoleBot.Dialogs.Memory;
using RoleBot.Dialogs.Prompts;
using RoleBot.Dialogs.Questions;
using RoleBot.Dialogs.Replies;
using RoleBot.Telemetry;
using RoleBot.Understanding;

namespace RoleBot.Dialogs;

/// <summary>
/// The root dialog: routes each new message by intent. Small talk and anything the bot cannot answer get a
/// direct reply; a role question stays on the stack while child dialogs fill in missing or ambiguous roles,
/// and is answered (only from the knowledge base) once every role is known.
/// </summary>
public sealed class MainDialog(
    IKnowledgeBaseProvider knowledge, IRoleAnswerer answerer, DialogContentStore content, BotTexts texts, DialogReplies replies, SenseSettler settler,
    ConversationMemory memory, PassageAnswerer passages, RememberedRoles remembered)
    : Dialog(nameof(MainDialog))
{
    // "askRole.<Intent>" words the question for one kind of question; without it "askRole" is used.
    public static readonly TemplateKey[] Texts =
    [
        new("askRole"),
        new("whyWithoutContext"),
        new("sameVerdictEverySense", "text", "roles"),
        new("context.one", "role"),
        new("context.two", "first", "second"),
        new("context.pair", "first", "second"),
        new("hire.known", "aRole", "facts"),
        new("hire.fact", "role", "text", "sources"),
        new("hire.unknown", "aRole"),
        new("hire.unknownTop", "aRole"),
        new("expand.one", "text", "roles"),
        new("expand.many", "text", "roles"),
        new("quality.cannotTell", "first", "second", "quality"),
        .. TrackEnds.Texts,
        .. Enum.GetNames<Intent>().Select(intent => new TemplateKey($"askRole.{intent}") { Optional = true }),
    ];

    private const string DraftKey = "draft";

    // The joiners of "avp vs vp", as plain words, per content version: lists are replaced, never changed, on reload.
    private static readonly ConditionalWeakTable<IReadOnlyList<string>, HashSet<string>> Joiners = new();

    private DialogContent Content => content.Get(nameof(MainDialog), Texts);

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var kb = knowledge.Current;
        var (understanding, fromContext) = remembered.Read(dc.Input.Understanding, dc.Data, kb, Content);
        memory.StartTurn(dc.Data, understanding.Intent);
        switch (understanding.Intent)
        {
            case Intent.Greeting when !dc.Data.Welcomed:
                return await ReplyAndEndAsync(dc, FirstGreeting(dc), cancellationToken);
            case Intent.Greeting:
                return await ReplyAndEndAsync(dc, texts["greeting"], cancellationToken);
            case Intent.Thanks:
                return await ReplyAndEndAsync(dc, texts["thanks"], cancellationToken);
            case Intent.Goodbye:
                return await ReplyAndEndAsync(dc, texts["goodbye"], cancellationToken);
            case Intent.Feedback:
                // The people who keep the knowledge base see it in the gap report.
                dc.TurnContext.Report().NegativeFeedback = true;
                return await ReplyAndEndAsync(dc, texts["feedback"], cancellationToken);
            case Intent.OutOfScope:
                // A passage that covers the question is an answer; near topics are not offered for off-topic words.
                dc.TurnContext.Report().Outcome = AnswerOutcome.Fallback;
                return await FromPassageAsync(dc, offerTopics: false, cancellationToken)
                    ?? await ReplyAndEndAsync(dc, replies.WithExamples($"{texts["outOfScope"]} {texts["capabilities"]}"), cancellationToken);
            case Intent.Faq when understanding.FaqId is { } faqId && kb.FindFaq(faqId) is not null:
                return await AnswerAsync(dc, new RoleQuestion(Intent.Faq, [], FaqId: faqId), cancellationToken);
            case Intent.Why:
                return await ExplainLastAsync(dc, cancellationToken);
        }

        if (QuestionShapes.TrackEnd(understanding, kb, Content) is var (question, note))
        {
            return await AnswerAsync(dc, question, cancellationToken, note);
        }

        if (QuestionShapes.Expansion(understanding, kb, Content) is var (expansion, expansionNote))
        {
            return await AnswerAsync(dc, expansion, cancellationToken, expansionNote);
        }

        // Both shapes below need one named role; the role-shaped text is made once, and only then.
        var shaped = understanding.Roles.Count == 1 ? QuestionShapes.RoleShaped(understanding) : null;
        if (QuestionShapes.Hiring(understanding, shaped, kb, Content) is var (hiring, hiringNote))
        {
            return await AnswerAsync(dc, hiring, cancellationToken, fromContext ? $"{ContextNote([.. hiring.RoleIds])} {hiringNote}" : hiringNote);
        }

        if (understanding.UnknownRoles.Count > 0)
        {
            // No known role named ("who looks after inventory?"): a passage that covers the question is a better
            // reply than naming words that may not be a title at all.
            return (understanding.Roles.Count == 0 ? await FromPassageAsync(dc, offerTopics: false, cancellationToken) : null)
                ?? await UnknownRoleAsync(dc, understanding.UnknownRoles, cancellationToken);
        }

        var draft = QuestionBuilder.Build(understanding, dc.Data, kb, ConversationMemory.Roles(dc.Data, kb), HasCue(understanding.Text, "contextWords")) is { } built
            ? built with
            {
                AsksHigher = built.Intent == Intent.NextStep && HasCue(understanding.Text, "higherCues"),
                IsYesNo = built.Intent == Intent.Rank && (StartsWithCue(understanding.Text, "yesNoOpeners") || EndsWithCue(understanding.Text, "yesNoTags")),
                LeadsWithVerdict = built.Intent == Intent.Compare && IsBarePair(understanding),
                AsksShared = built.Intent == Intent.Skills && built.Slots.Count >= 2 && HasCue(understanding.Text, "sharedCues"),
                FromContext = built.FromContext || fromContext,
            }
            : null;
        draft = draft is null ? null : QuestionShapes.ListShape(shaped, draft, Content);
        if (draft is not null && QuestionShapes.UnbackedQuality(understanding, draft, kb, Content) is var (comparison, cannotTell))
        {
            return await AnswerAsync(dc, comparison, cancellationToken, cannotTell);
        }

        if (draft is null)
        {
            return await CannotAnswerAsync(dc, cancellationToken);
        }

        // A role question that names no role would be asked "which role?"; a passage that covers it answers it now.
        var unnamed = understanding.Roles.Count == 0 && !draft.FromContext && !draft.IsComplete;
        return (unnamed ? await FromPassageAsync(dc, offerTopics: false, cancellationToken) : null)
            ?? await FillOrAnswerAsync(dc, draft, askedInFull: understanding.Intent is Intent.Rank or Intent.Compare, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, JsonNode? result, CancellationToken cancellationToken)
    {
        var draft = dc.State.Get<QuestionDraft>(DraftKey)!;
        var slots = draft.Slots.ToList();
        if (result is JsonArray filled)
        {
            // A qualifier typed with a role ("VP of Sales") stays with it while the other role is asked for.
            slots = [.. filled.Select((id, i) => RoleSlot.Known(id!.GetValue<string>()) with { Qualifier = i < slots.Count ? slots[i].Qualifier : null })];
        }
        else if (result?.GetValue<string>() is { } roleId && slots.FindIndex(s => !s.IsFilled) is var index and >= 0)
        {
            slots[index] = RoleSlot.Known(roleId) with { Qualifier = slots[index].Qualifier };
        }

        return FillOrAnswerAsync(dc, draft with { Slots = slots }, askedInFull: false, cancellationToken);
    }

    private async Task<DialogTurnResult> FillOrAnswerAsync(DialogContext dc, QuestionDraft draft, bool askedInFull, CancellationToken cancellationToken)
    {
        if (askedInFull && settler.Settle(draft) is var (settled, ambiguous))
        {
            // Asking which sense was meant would change nothing: say the title has several, then answer.
            var note = Content.Text("sameVerdictEverySense",
                ("text", UserText.Clean(ambiguous.Text ?? "")),
                ("roles", RoleNames.Join(knowledge.Current, ambiguous.Candidates, "and")));
            await dc.SendAsync(DialogReplies.Text(note), cancellationToken);
            draft = settled;
        }

        if (draft.IsComplete)
        {
            return await AnswerAsync(dc, draft.ToQuestion(), cancellationToken, draft.FromContext ? ContextNote([.. draft.Slots.Select(s => s.RoleId!)]) : null);
        }

        dc.State.Set(DraftKey, draft);
        if (IntentRoles.IsPair(draft.Intent))
        {
            return await dc.BeginDialogAsync(nameof(CompareRolesDialog), StateJson.ToNode(draft), cancellationToken);
        }

        var slot = draft.Slots.First(s => !s.IsFilled);
        if (slot.IsAmbiguous)
        {
            return await dc.BeginDialogAsync(nameof(DisambiguateRoleDialog), StateJson.ToNode(slot), cancellationToken);
        }

        var prompt = new RolePromptOptions
        {
            Prompt = Content.TextOr($"askRole.{draft.Intent}", "askRole"),
            MaxRetries = Content.MaxRetries,
        };
        return await dc.BeginDialogAsync(nameof(RolePrompt), StateJson.ToNode(prompt), cancellationToken);
    }

    private async Task<DialogTurnResult> AnswerAsync(DialogContext dc, RoleQuestion question, CancellationToken cancellationToken, string? note = null)
    {
        var answer = answerer.Answer(question);
        if (answer.Count == 0)
        {
            return await CannotAnswerAsync(dc, cancellationToken);
        }

        if (note is not null)
        {
            answer[0].Text = $"{note} {answer[0].Text}";
            answer[0].Speak = answer[0].Speak is null ? null : $"{note} {answer[0].Speak}";
        }

        dc.TurnContext.Report().Outcome = AnswerOutcome.Answered;
        foreach (var activity in answer)
        {
            await dc.SendAsync(activity, cancellationToken);
        }

        if (question.Intent != Intent.Why)
        {
            dc.Data.LastIntent = question.Intent.ToString();
            dc.Data.LastRoleIds = [.. question.RoleIds];
            memory.Remember(dc.Data, question.RoleIds);
        }

        return await dc.EndDialogAsync(null, cancellationToken);
    }

    // The roles taken from the conversation are named first, so a wrong guess is plain to see.
    private string ContextNote(IReadOnlyList<string> roleIds)
    {
        var names = roleIds.Select(id => RoleNames.Name(knowledge.Current, id)).ToList();
        return names.Count >= 2
            ? Content.Text("context.two", ("first", names[0]), ("second", names[1]))
            : Content.Text("context.one", ("role", names[0]));
    }

    /// <summary>"why?" explains the last verdict; without one there is nothing honest to explain.</summary>
    private Task<DialogTurnResult> ExplainLastAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var kb = knowledge.Current;
        var last = dc.Data.LastRoleIds.Where(id => kb.FindRole(id) is not null).ToList();
        var lastIntent = Enum.TryParse<Intent>(dc.Data.LastIntent, out var parsed) ? parsed : Intent.None;
        return lastIntent is Intent.Rank or Intent.Compare or Intent.ReportsTo && last.Count >= 2
            ? AnswerAsync(dc, new RoleQuestion(Intent.Why, last), cancellationToken)
            : ReplyAndEndAsync(dc, DialogReplies.Text($"{Content.Text("whyWithoutContext")} {texts["capabilities"]}"), cancellationToken);
    }

    private async Task<DialogTurnResult> UnknownRoleAsync(DialogContext dc, IReadOnlyList<string> unknown, CancellationToken cancellationToken)
    {
        var report = dc.TurnContext.Report();
        report.Outcome = AnswerOutcome.UnknownRole;
        report.UnknownTitles.AddRange(unknown);
        var kb = knowledge.Current;
        var suggestions = RoleSuggester.Suggest(kb, unknown, texts.Content.ExampleRoles);
        var text = string.Join(" ", unknown.Select(u => texts.Format("unknownRole", ("role", UserText.Clean(u)))))
            + " " + texts.Format("didYouMean", ("roles", RoleNames.Join(kb, suggestions)));
        return await ReplyAndEndAsync(dc, replies.UnknownRoles(text, unknown[0], suggestions, kb), cancellationToken);
    }

    private async Task<DialogTurnResult> CannotAnswerAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        dc.TurnContext.Report().Outcome = AnswerOutcome.Fallback;
        return await FromPassageAsync(dc, offerTopics: true, cancellationToken)
            ?? await ReplyAndEndAsync(dc, replies.WithExamples($"{texts["cannotAnswer"]} {texts["capabilities"]}"), cancellationToken);
    }

    /// <summary>No structured answer fits: the closest passage of the knowledge base, or its nearest topics.</summary>
    private async Task<DialogTurnResult?> FromPassageAsync(DialogContext dc, bool offerTopics, CancellationToken cancellationToken)
    {
        // A question about the roles it names prefers their passages; "who stands in for the GM?" seeks another role.
        var understanding = dc.Input.Understanding;
        var named = StartsWithCue(understanding.Text, "otherRoleCues") ? [] : understanding.Roles.SelectMany(r => r.Candidates).ToHashSet(StringComparer.Ordinal);
        if (passages.Answer(understanding.Text, named, offerTopics) is not var (reply, roleIds, isAnswer))
        {
            return null;
        }

        if (roleIds.Count > 0)
        {
            dc.Data.LastIntent = nameof(Intent.None);
            dc.Data.LastRoleIds = [.. roleIds];
        }

        dc.TurnContext.Report().Outcome = isAnswer ? AnswerOutcome.Answered : AnswerOutcome.Clarified;
        return await ReplyAndEndAsync(dc, reply, cancellationToken);
    }

    private static Task<DialogTurnResult> ReplyAndEndAsync(DialogContext dc, string text, CancellationToken cancellationToken) =>
        ReplyAndEndAsync(dc, DialogReplies.Text(text), cancellationToken);

    private static async Task<DialogTurnResult> ReplyAndEndAsync(DialogContext dc, Protocol.Activity reply, CancellationToken cancellationToken)
    {
        await dc.SendAsync(reply, cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }

    private bool StartsWithCue(string text, string list) => CueList.Of(Content.List(list)).StartsWith(text);

    // A first hello gets the welcome card with its example buttons; later ones a one-line hello.
    private Protocol.Activity FirstGreeting(DialogContext dc)
    {
        dc.Data.Welcomed = true;
        var welcome = replies.Welcome();
        welcome.Text = texts["greeting.first"];
        welcome.Speak = welcome.Speak is null ? null : welcome.Text;
        return welcome;
    }

    // "avp vs vp", "cfo or coo": nothing but the roles and words that join them.
    private bool IsBarePair(UnderstandingResult understanding)
    {
        var rest = understanding.Text;
        foreach (var role in understanding.Roles.OrderByDescending(r => r.Start).Where(r => r.Start + r.Length <= rest.Length))
        {
            rest = rest.Remove(role.Start, role.Length);
        }

        var joiners = Joiners.GetValue(Content.List("barePairWords"), static list => list.Select(PlainWords.Normalize).ToHashSet(StringComparer.Ordinal));
        return PlainWords.Normalize(rest).Split(' ', StringSplitOptions.RemoveEmptyEntries).All(joiners.Contains);
    }

    // "X is the boss of Y, yes?": a statement with a tag asks for a yes or no too.
    private bool EndsWithCue(string text, string list) => CueList.Of(Content.List(list)).EndsWith(text);

    private bool HasCue(string text, string list) => QuestionShapes.HasCue(Content, text, list);
}
