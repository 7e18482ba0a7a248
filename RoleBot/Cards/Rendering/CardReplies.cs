using RoleBot.Answers.Documents;
using RoleBot.Cards.Model;
using RoleBot.Protocol;

namespace RoleBot.Cards.Rendering;

/// <summary>The Adaptive Card form of a reply's answer document, for the channels that show cards.</summary>
public sealed class CardReplies(AdaptiveCardRenderer renderer)
{
    /// <summary>Replaces the reply's draft by its card; <paramref name="adapt"/> lets a channel change the card (Teams: Action.Execute).</summary>
    public void Attach(Activity reply, Func<AdaptiveCard, AdaptiveCard>? adapt = null)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.Draft is not AnswerDocument document)
        {
            return;
        }

        reply.Attachments = [CardJson.ToAttachment(renderer.Render(document, adapt).Json)];
        reply.Draft = null;
    }
}
