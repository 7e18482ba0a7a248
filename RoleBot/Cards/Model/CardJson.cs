using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using RoleBot.Protocol;

namespace RoleBot.Cards.Model;

// The only way cards become JSON: camelCase, nulls and empty lists omitted, enums as schema strings.
public static class CardJson
{
    // Non-ASCII stays readable and small ("·" not "\u00B7"); HTML-sensitive characters are still escaped.
    private static readonly JavaScriptEncoder ReadableEncoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize(AdaptiveCard card) => JsonSerializer.Serialize(card, Options);

    /// <summary>The card's bytes as an activity carries them: non-ASCII escaped ("\u00B7"), as the wire's encoder writes it.</summary>
    public static byte[] Encode(AdaptiveCard card) => PooledJsonWriter.Encode(card, Options);

    public static JsonObject ToJsonObject(AdaptiveCard card) => JsonSerializer.SerializeToNode(card, Options)!.AsObject();

    /// <summary>
    /// The card as an attachment whose bytes (<see cref="Encode"/>'s) were written when its size was checked: the
    /// activity copies them instead of writing the card again, and no JsonNode tree is built unless someone reads
    /// <see cref="Attachment.Content"/>.
    /// </summary>
    public static Attachment ToAttachment(byte[] encoded) => Attachment.FromWriter(AdaptiveCard.ContentType, new EncodedContent(encoded));

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = ReadableEncoder,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitEmptyCollections } },
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new Writing.CardConverter());
        options.MakeReadOnly();
        return options;
    }

    // Empty "actions": [] or "facts": [] is noise at best and a schema error at worst (FactSet needs facts).
    private static void OmitEmptyCollections(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (typeof(ICollection).IsAssignableFrom(property.PropertyType)
                || property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            {
                property.ShouldSerialize = (_, value) => value is not ICollection { Count: 0 };
            }
        }
    }

    private sealed class EncodedContent(byte[] json) : IJsonContent
    {
        public void WriteTo(Utf8JsonWriter writer) => writer.WriteRawValue(json, skipInputValidation: true);
    }
}
