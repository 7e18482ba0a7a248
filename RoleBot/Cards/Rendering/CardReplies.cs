using RoleBot.Answers.Documents;
using RoleBot.Caching;
using RoleBot.Cards.Model;
using RoleBot.Protocol;

namespace RoleBot.Cards.Rendering;

/// <summary>
/// The Adaptive Card form of a reply's answer document, for the channels that show cards. A card is a pure function
/// of its document and the channel's change, and the same answer is given again and again (the same question, or
/// another wording of it), so the bytes of the last few hundred distinct cards are kept: each answer's document is
/// still built from the knowledge base on every turn, and only an equal document gets the card drawn before.
/// </summary>
public sealed class CardReplies(AdaptiveCardRenderer renderer, CardMemoOptions? memo = null)
{
    private readonly GenerationalMemo<DrawnCard, byte[]> _cards = new((memo ?? CardMemoOptions.Default).RememberedCards, DrawnCard.Comparer);

    /// <summary>Replaces the reply's draft by its card; <paramref name="adapt"/> lets a channel change the card (Teams: Action.Execute).</summary>
    public void Attach(Activity reply, Func<AdaptiveCard, AdaptiveCard>? adapt = null)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.Draft is not AnswerDocument document)
        {
            return;
        }

        var json = _cards.Recall(new DrawnCard(document, adapt), renderer, static (r, card) => r.Render(card.Document, card.Adapt).Json);
        reply.Attachments = [CardJson.ToAttachment(json)];
        reply.Draft = null;
    }

    // The channel's change is compared as a delegate (same method, same target): Teams passes one static method.
    private readonly record struct DrawnCard(AnswerDocument Document, Func<AdaptiveCard, AdaptiveCard>? Adapt)
    {
        public static IEqualityComparer<DrawnCard> Comparer { get; } = new KeyComparer();

        private sealed class KeyComparer : IEqualityComparer<DrawnCard>
        {
            public bool Equals(DrawnCard x, DrawnCard y) =>
                Equals(x.Adapt, y.Adapt) && AnswerDocumentComparer.Instance.Equals(x.Document, y.Document);

            public int GetHashCode(DrawnCard card) =>
                HashCode.Combine(card.Adapt, AnswerDocumentComparer.Instance.GetHashCode(card.Document));
        }
    }
}

/// <summary>How many distinct cards a generation remembers (<c>RoleBot:Cards:RememberedCards</c>, 0 = none).</summary>
public sealed record CardMemoOptions(int RememberedCards = CardMemoOptions.DefaultRememberedCards)
{
    public const int DefaultRememberedCards = 512;

    public static CardMemoOptions Default { get; } = new();
}
