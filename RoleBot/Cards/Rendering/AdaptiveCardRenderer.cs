using RoleBot.Answers.Documents;
using RoleBot.Cards.Model;

namespace RoleBot.Cards.Rendering;

// Draws an answer document as an Adaptive Card 1.5 that stays under MaxBytes.
public sealed class AdaptiveCardRenderer(CardRenderOptions options)
{
    // The Teams incoming-webhook ceiling; bot messages may be larger, but every path accepts this.
    public const int MaxBytes = 28 * 1024;

    public AdaptiveCard Render(AnswerDocument document) => Render(document, null).Card;

    /// <summary>
    /// The card as <paramref name="adapt"/> leaves it (a channel's changes, e.g. Teams' Action.Execute) and its bytes
    /// as the activity will carry them: the size is checked on what is sent, and the card is written once.
    /// </summary>
    public RenderedCard Render(AnswerDocument document, Func<AdaptiveCard, AdaptiveCard>? adapt)
    {
        var sections = document.Sections.ToList();
        while (true)
        {
            var built = Build(document, sections);
            var card = adapt is null ? built : adapt(built);
            var json = CardJson.Encode(card);
            // Documents are limited already; this only trips on pathological content, and then the tail goes first.
            if (sections.Count == 0 || json.Length <= MaxBytes)
            {
                return new RenderedCard(card, json);
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

/// <summary>A card and its bytes as an activity carries them (<see cref="CardJson.Encode"/>).</summary>
public sealed record RenderedCard(AdaptiveCard Card, byte[] Json);

// UniversalActions: buttons become Action.Execute (Teams invoke) with an Action.Submit fallback.
public sealed record CardRenderOptions(bool UniversalActions = false)
{
    public static CardRenderOptions Default { get; } = new();
}
