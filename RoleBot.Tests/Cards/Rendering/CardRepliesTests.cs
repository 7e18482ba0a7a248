using System.Text.Json;
using RoleBot.Answers.Documents;
using RoleBot.Cards.Model;
using RoleBot.Cards.Rendering;
using RoleBot.Protocol;

namespace RoleBot.Tests.Cards.Rendering;

public sealed class CardRepliesTests
{
    private static readonly AdaptiveCardRenderer Renderer = new(CardRenderOptions.Default);

    [Fact]
    public void DrawsTheCardOfAnEqualDocumentOnce()
    {
        var replies = new CardReplies(Renderer);
        var adapt = new CountingAdapt();

        var first = Shaped(replies, Document("VP is usually higher"), adapt.Adapt);
        var second = Shaped(replies, Document("VP is usually higher"), adapt.Adapt);

        Assert.Equal(1, adapt.Calls);
        Assert.Equal(Json(first), Json(second));
    }

    [Fact]
    public void DrawsAgainForAnotherDocumentOrAnotherChannelChange()
    {
        var replies = new CardReplies(Renderer);
        var (one, other) = (new CountingAdapt(), new CountingAdapt());

        var gm = Shaped(replies, Document("GM is usually lower"), one.Adapt);
        var vp = Shaped(replies, Document("VP is usually higher"), one.Adapt);
        Shaped(replies, Document("VP is usually higher"), other.Adapt);
        var plain = Shaped(replies, Document("VP is usually higher"));

        Assert.Equal((2, 1), (one.Calls, other.Calls));
        Assert.Contains("GM is usually lower", Json(gm));
        Assert.Contains("VP is usually higher", Json(vp));
        Assert.Equal(CardJson.Serialize(Renderer.Render(Document("VP is usually higher"))), Json(plain));
    }

    [Fact]
    public void SendsTheBytesAFreshDrawingWould()
    {
        var replies = new CardReplies(Renderer);
        var document = Document("VP is usually higher");
        Shaped(replies, document, UniversalActionsLike);

        var remembered = Shaped(replies, Document("VP is usually higher"), UniversalActionsLike);

        var wire = System.Text.Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(remembered, ActivityJson.Options));
        Assert.Contains($"\"content\":{System.Text.Encoding.UTF8.GetString(Renderer.Render(document, UniversalActionsLike).Json)}", wire, StringComparison.Ordinal);
    }

    [Fact]
    public void ARepliesChangeToItsCardNeverReachesTheNextReply()
    {
        var replies = new CardReplies(Renderer);
        var first = Shaped(replies, Document("VP is usually higher"));
        first.Attachments![0].Content!["fallbackText"] = "changed";

        var second = Shaped(replies, Document("VP is usually higher"));

        Assert.Equal("An answer.", second.Attachments![0].Content!["fallbackText"]!.GetValue<string>());
    }

    [Fact]
    public void DrawsEveryCardWhenItRemembersNone()
    {
        var replies = new CardReplies(Renderer, new CardMemoOptions(0));
        var adapt = new CountingAdapt();

        Shaped(replies, Document("VP is usually higher"), adapt.Adapt);
        Shaped(replies, Document("VP is usually higher"), adapt.Adapt);

        Assert.Equal(2, adapt.Calls);
    }

    private static AdaptiveCard UniversalActionsLike(AdaptiveCard card) => card with { Speak = "adapted" };

    private static Activity Shaped(CardReplies replies, AnswerDocument document, Func<AdaptiveCard, AdaptiveCard>? adapt = null)
    {
        var reply = new Activity { Type = ActivityTypes.Message, Draft = document };
        replies.Attach(reply, adapt);
        Assert.Null(reply.Draft);
        return reply;
    }

    private static string Json(Activity reply) => reply.Attachments![0].Content!.ToJsonString(CardJson.Options);

    private static AnswerDocument Document(string lead) => new("rank", "An answer.", lead)
    {
        Title = "GM vs VP",
        Sections = [new ListSection("Ladder", ["Vice President", "General Manager"])],
    };

    private sealed class CountingAdapt
    {
        public int Calls { get; private set; }

        public AdaptiveCard Adapt(AdaptiveCard card)
        {
            Calls++;
            return card;
        }
    }
}
