using System.Text.Json;
using System.Text.Json.Nodes;

namespace RoleBot.Cards.Model.Writing;

/// <summary>The rules every card property follows on the wire: a null is left out, so is an empty list.</summary>
internal static class CardWriter
{
    public static void String(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    public static void Boolean(Utf8JsonWriter writer, JsonEncodedText name, bool? value)
    {
        if (value is { } flag)
        {
            writer.WriteBoolean(name, flag);
        }
    }

    public static void Enum<T>(Utf8JsonWriter writer, JsonEncodedText name, T? value)
        where T : struct, Enum
    {
        if (value is { } member)
        {
            writer.WriteString(name, EnumNames<T>.Of(member));
        }
    }

    public static void Object(Utf8JsonWriter writer, JsonEncodedText name, JsonObject? value, JsonSerializerOptions options)
    {
        if (value is not null)
        {
            writer.WritePropertyName(name);
            value.WriteTo(writer, options);
        }
    }

    /// <summary>A nested card object (an element's or action's fallback) written by <paramref name="write"/>.</summary>
    public static void Nested<T>(Utf8JsonWriter writer, JsonEncodedText name, T? value, Action<Utf8JsonWriter, T, JsonSerializerOptions> write, JsonSerializerOptions options)
        where T : class
    {
        if (value is not null)
        {
            writer.WritePropertyName(name);
            write(writer, value, options);
        }
    }

    public static void List<T>(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<T>? items, Action<Utf8JsonWriter, T, JsonSerializerOptions> write, JsonSerializerOptions options)
    {
        if (items is null || items.Count == 0)
        {
            return;
        }

        writer.WriteStartArray(name);
        for (var i = 0; i < items.Count; i++)
        {
            write(writer, items[i], options);
        }

        writer.WriteEndArray();
    }

    /// <summary>The schema's spelling of each member ("extraLarge", "bolder"), encoded once.</summary>
    private static class EnumNames<T>
        where T : struct, Enum
    {
        private static readonly Dictionary<T, JsonEncodedText> Names = System.Enum.GetValues<T>()
            .ToDictionary(v => v, v => JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(v.ToString())));

        public static JsonEncodedText Of(T value) => Names[value];
    }
}
