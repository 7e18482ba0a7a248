using RoleBot.Answers;
using RoleBot.Answers.Documents;
using RoleBot.Cards.Actions;
using RoleBot.Knowledge;
using RoleBot.Protocol;

namespace RoleBot.Dialogs.Replies;

/// <summary>
/// The dialogs' own replies (questions, help, "I can't answer that"). The wording comes from the dialog content;
/// the buttons come from the answers' documents and composer, so they look like every other RoleBot answer, and
/// the channel's adapter shapes them when they are sent.
/// </summary>
public sealed class DialogReplies(AnswerComposer composer)
{
    public static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text, TextFormat = "plain" };

    /// <summary>A question waiting for one role; <paramref name="choices"/> become buttons that answer it.</summary>
    public Activity AskRole(string text, string? mention, IReadOnlyList<string> choices, KnowledgeBase kb)
    {
        if (choices.Count == 0)
        {
            var question = Text(text);
            question.InputHint = InputHints.ExpectingInput;
            return question;
        }

        var document = composer.Documents.WhichRole(new RoleChoiceRequest(mention ?? "", Refs(choices, kb)));
        return Compose(document, text);
    }

    /// <summary>"Which role should I compare X with?" with buttons that ask the whole question at once.</summary>
    public Activity AskOtherRole(string text, string knownId, bool rank, IReadOnlyList<string> suggestions, KnowledgeBase kb)
    {
        var request = new MissingRoleRequest(AnswerMapper.Role(knownId, kb), rank ? CardActionKind.Rank : CardActionKind.Compare, Refs(suggestions, kb));
        return Compose(composer.Documents.MissingRole(request), text);
    }

    /// <summary>Help, "can't answer" and "out of scope" all show the example questions as buttons.</summary>
    public Activity WithExamples(string text) => Compose(composer.Documents.Help(), text);

    public Activity UnknownRoles(string text, string unknownTerm, IReadOnlyList<string> suggestions, KnowledgeBase kb) =>
        Compose(composer.Documents.CannotAnswer(new CannotAnswerReason(unknownTerm, Refs(suggestions, kb))), text);

    public Activity Welcome() => composer.Welcome();

    private Activity Compose(AnswerDocument document, string text) =>
        AnswerComposer.Compose(document with { Text = text, Lead = text });

    private static IReadOnlyList<RoleRef> Refs(IEnumerable<string> ids, KnowledgeBase kb) => [.. ids.Select(id => AnswerMapper.Role(id, kb))];
}
