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
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize(AdaptiveCard card) => JsonSerializer.Serialize(card, Options);

    public static JsonObject ToJsonObject(AdaptiveCard card) => JsonSerializer.SerializeToNode(card, Options)!.AsObject();

    public static Attachment ToAttachment(AdaptiveCard card) =>
        new() { ContentType = AdaptiveCard.ContentType, Content = ToJsonObject(card) };

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Non-ASCII stays readable and small ("·" not "\u00B7"); HTML-sensitive characters are still escaped.
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitEmptyCollections } },
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
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
}
