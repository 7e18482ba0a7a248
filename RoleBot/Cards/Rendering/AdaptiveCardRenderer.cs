using RoleBot.Answers.Documents;
using RoleBot.Cards.Model;

namespace RoleBot.Cards.Rendering;

// Draws an answer document as an Adaptive Card 1.5 that stays under MaxBytes.
public sealed class AdaptiveCardRenderer(CardRenderOptions options)
{
    // The Teams incoming-webhook ceiling; bot messages may be larger, but every path accepts this.
    public const int MaxBytes = 28 * 1024;

    public AdaptiveCard Render(AnswerDocument document)
    {
        var sections = document.Sections.ToList();
        while (true)
        {
            var card = Build(document, sections);
            // Documents are limited already; this only trips on pathological content, and then the tail goes first.
            if (sections.Count == 0 || CardJson.Utf8Length(card) <= MaxBytes)
            {
                return card;
            }

            sections.RemoveAt(sections.Count - 1);
        }
    }

    private AdaptiveCard Build(AnswerDocument document, IReadOnlyList<DocSection> sections) => new()
    {
        Body = [.. Lead(document), .. sections.SelectMany(SectionElements.For), .. SourceElements.For(document), .. VoteElements.For(document, options)],
        Actions = [.. document.FollowUps.Select(f => FollowUpActions.For(f, options))],
        FallbackText = document.Text,
        Speak = document.Text,
    };

    private static IEnumerable<CardElement> Lead(AnswerDocument document)
    {
        var lead = new TextBlock(document.Lead)
        {
            Size = document.LeadIsVerdict ? TextSize.Large : null,
            Weight = document.LeadIsVerdict ? TextWeight.Bolder : null,
            Style = document.LeadIsVerdict ? TextBlockStyle.Heading : null,
        };
        if (document.Title is null)
        {
            return [lead];
        }

        return document.LeadIsVerdict
            ? [lead, new TextBlock(document.Title) { IsSubtle = true, Spacing = Spacing.Small }]
            : [new TextBlock(document.Title) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading }, lead];
    }
}

// UniversalActions: buttons become Action.Execute (Teams invoke) with an Action.Submit fallback.
public sealed record CardRenderOptions(bool UniversalActions = false)
{
    public static CardRenderOptions Default { get; } = new();
}
