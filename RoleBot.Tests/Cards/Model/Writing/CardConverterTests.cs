using System.Buffers;
using System.Collections;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using RoleBot.Answers;
using RoleBot.Cards.Model;
using RoleBot.Channels.Teams;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Ranking;
using RoleBot.Protocol;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Cards.Model.Writing;

// The hand-written card writer must say exactly what the serializer's reflection contract said before it.
public sealed class CardConverterTests
{
    // The contract CardJson used before the card converter: kept here only as the reference it is held to.
    private static readonly JsonSerializerOptions Reflection = ReflectionContract();

    [Fact]
    public void WritesEveryShippedCardExactlyAsTheReflectionContractDoes()
    {
        var cards = ShippedCards().ToList();

        Assert.True(cards.Count > 500, $"only {cards.Count} cards");
        Assert.All(cards, card =>
        {
            Assert.Equal(JsonSerializer.Serialize(card, Reflection), CardJson.Serialize(card));
            Assert.Equal(WithWireEncoder(card, Reflection), WithWireEncoder(card, CardJson.Options));
        });
    }

    [Fact]
    public void WritesEveryPropertyOfEveryElementAndActionAsTheReflectionContractDoes()
    {
        var card = EveryProperty();

        Assert.Equal(JsonSerializer.Serialize(card, Reflection), CardJson.Serialize(card));
        Assert.Equal(WithWireEncoder(card, Reflection), WithWireEncoder(card, CardJson.Options));
        Assert.Equal(JsonSerializer.Serialize(card, new JsonSerializerOptions(Reflection) { WriteIndented = true }),
            JsonSerializer.Serialize(card, new JsonSerializerOptions(CardJson.Options) { WriteIndented = true }));
    }

    [Fact]
    public void LeavesOutNullsAndEmptyLists()
    {
        var card = new AdaptiveCard { FallbackText = "x", Schema = null, Speak = null, Body = [new Container([]), new ColumnSet([new Column([])])] };

        var json = CardJson.Serialize(card);

        Assert.Equal(JsonSerializer.Serialize(card, Reflection), json);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("[]", json, StringComparison.Ordinal);
        Assert.DoesNotContain("actions", json, StringComparison.Ordinal);
    }

    [Fact]
    public void EncodesTheBytesAnActivityWritesForTheCard()
    {
        var card = EveryProperty();
        var asNode = new Activity { Type = "message", Attachments = [new Attachment { ContentType = AdaptiveCard.ContentType, Content = CardJson.ToJsonObject(card) }] };
        var asBytes = new Activity { Type = "message", Attachments = [CardJson.ToAttachment(CardJson.Encode(card))] };

        Assert.Equal(
            Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(asNode, ActivityJson.Options)),
            Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(asBytes, ActivityJson.Options)));
        Assert.Contains("\\u00B7", Encoding.UTF8.GetString(CardJson.Encode(new AdaptiveCard { FallbackText = "a · b", Body = [new TextBlock("a · b")] })), StringComparison.Ordinal);
    }

    private static IEnumerable<AdaptiveCard> ShippedCards()
    {
        var kb = ShippedKnowledgeBase.Instance;
        var documents = CardTestContent.Documents;
        var ranker = new RoleRanker(ShippedKnowledgeBase.Provider);
        var advisor = new CareerAdvisor(ShippedKnowledgeBase.Provider);
        var rendered = kb.Roles.SelectMany(role => Enum.GetValues<RoleFocus>().Select(focus => documents.Describe(AnswerMapper.Describe(role, kb, focus))))
            .Concat(kb.Roles.Select(role => documents.CareerPath(AnswerMapper.Career(role, CareerDirection.Next, advisor.NextSteps(role), kb))))
            .Concat(kb.Comparisons.Select(c => documents.Compare(AnswerMapper.Compare(c, kb))))
            .Concat(kb.Faqs.Select(f => documents.Faq(AnswerMapper.Faq(f, kb))))
            .Concat(kb.Roles.Take(15).SelectMany(a => kb.Roles.Where(b => b.Id != a.Id).Select(b => documents.Rank(AnswerMapper.Rank(ranker.Compare(a, b), kb)))))
            .Select(CardTestContent.Cards.Render)
            .Concat(CardSamples.AllCards().Select(c => c.Card));
        foreach (var card in rendered)
        {
            yield return card;
            yield return UniversalActions.ToExecute(card);
        }
    }

    private static AdaptiveCard EveryProperty()
    {
        var data = new JsonObject { ["rolebot"] = "v1", ["action"] = "describe", ["role"] = "general-manager", ["n"] = 3 };
        CardElement text = new TextBlock("Héllo <b>&</b> \"quoted\" · 👍")
        {
            Id = "t1", Spacing = Spacing.ExtraLarge, Separator = false, Size = TextSize.ExtraLarge, Weight = TextWeight.Lighter,
            Color = TextColor.Attention, IsSubtle = true, Style = TextBlockStyle.Heading,
        };
        var rich = new RichTextBlock([new TextRun("run") { Weight = TextWeight.Bolder, Italic = true, IsSubtle = false, Color = TextColor.Good }]) { Id = "r" };
        var facts = new FactSet([new Fact("Title", "Value"), new Fact("Ünïcode", "\u2028 line")]) { Spacing = Spacing.None };
        var columns = new ColumnSet([
            new Column([text]) { Width = ColumnWidth.Auto, Style = ContainerStyle.Emphasis, Spacing = Spacing.Small, Separator = true },
            new Column([rich]) { Width = ColumnWidth.Weight(3) },
            new Column([facts]) { Width = ColumnWidth.Pixels(40) },
            new Column([]) { Width = ColumnWidth.Stretch },
        ]) { Style = ContainerStyle.Accent, Separator = true };
        var table = new Table([new TableColumnDefinition(1), new TableColumnDefinition(2)],
            [new TableRow([new TableCell([text]), new TableCell([])]) { Style = ContainerStyle.Warning }, new TableRow([])])
        {
            FirstRowAsHeaders = false, ShowGridLines = false, GridStyle = ContainerStyle.Good, Fallback = new Container([columns]) { Style = ContainerStyle.Default },
        };
        AdaptiveAction[] actions =
        [
            ExecuteAction.WithSubmitFallback("Go", "rolebot.describe", data) with { Id = "a1", Tooltip = "tip" },
            new SubmitAction("Submit", new JsonObject()),
            new OpenUrlAction("Open", new Uri("https://example.com/a path?q=1&r=é#frag")) { Tooltip = "url" },
        ];
        return new AdaptiveCard
        {
            Version = "1.5",
            Body = [text, rich, facts, columns, table, new ActionSet(actions) { Id = "as" }, new Container([text, table]) { Style = ContainerStyle.Attention }],
            Actions = actions,
            FallbackText = "fallback <&>",
            Speak = "speak",
        };
    }

    private static string WithWireEncoder(AdaptiveCard card, JsonSerializerOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }))
        {
            JsonSerializer.Serialize(writer, card, options);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static JsonSerializerOptions ReflectionContract()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            TypeInfoResolver = new DefaultJsonTypeInfoResolver
            {
                Modifiers =
                {
                    typeInfo =>
                    {
                        foreach (var property in typeInfo.Properties)
                        {
                            if (typeof(ICollection).IsAssignableFrom(property.PropertyType)
                                || property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
                            {
                                property.ShouldSerialize = (_, value) => value is not ICollection { Count: 0 };
                            }
                        }
                    },
                },
            },
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        return options;
    }
}
