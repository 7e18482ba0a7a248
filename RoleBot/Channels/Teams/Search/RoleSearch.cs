using RoleBot.Answers.Templates;
using RoleBot.Content;
using RoleBot.Content.Knowledge;
using RoleBot.Dialogs.Answering;
using RoleBot.Dialogs.Questions;
using RoleBot.Knowledge;
using RoleBot.Understanding;

namespace RoleBot.Channels.Teams.Search;

/// <summary>
/// The search message extension: each keystroke's text is understood and answered from the knowledge base as
/// Teams cards (rank and comparison cards, then role cards). The initial run offers the example questions the
/// help card shows. No match, an empty box or gibberish gives an empty list, never an error.
/// </summary>
public sealed class RoleSearch(IRoleRecognizer recognizer, IKnowledgeBaseProvider knowledge, IRoleAnswerer answerer, TeamsAdapter teams, IContentSource<AnswerTemplates> templates)
{
    public SearchResponse Search(SearchRequest request)
    {
        var kb = knowledge.Current;
        var questions = request.InitialRun ? Popular(kb) : Matching(request.Text, kb);
        var attachments = questions
            .Skip(request.Skip)
            .Take(request.Count)
            .SelectMany(answerer.Answer)
            .SelectMany(answer =>
            {
                teams.Shape(answer);
                return SearchAttachments.From(answer);
            })
            .Take(request.Count)
            .ToList();
        return SearchResponse.Results(attachments);
    }

    private IReadOnlyList<RoleQuestion> Matching(string text, KnowledgeBase kb) =>
        text.Length == 0 ? [] : SearchQuestions.For(recognizer.Recognize(text), kb);

    /// <summary>The first reading of each example question (the help card's examples), in their order.</summary>
    private IReadOnlyList<RoleQuestion> Popular(KnowledgeBase kb) =>
        [.. templates.Current.Examples
            .Select(example => SearchQuestions.For(recognizer.Recognize(example.Question), kb).FirstOrDefault())
            .OfType<RoleQuestion>()
            .DistinctBy(SearchQuestions.Key)];
}
