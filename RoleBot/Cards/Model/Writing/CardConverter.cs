using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoleBot.Cards.Model.Writing;

/// <summary>
/// Writes a whole card by hand instead of through the serializer's reflection contract: the same bytes, in the same
/// property order (what the type declares, then what its base declares), with nulls and empty lists left out and
/// enums in camelCase. The reflection contract walked a stack of converters, boxed each optional value and asked a
/// delegate about every list, which made a card's JSON about a quarter of a card turn.
/// <c>CardWriterTests</c> holds it to the reflection contract's output for every card the knowledge base produces.
/// </summary>
internal sealed class CardConverter : JsonConverter<AdaptiveCard>
{
    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type"), Schema = JsonEncodedText.Encode("$schema"),
        Version = JsonEncodedText.Encode("version"), Body = JsonEncodedText.Encode("body"), Actions = JsonEncodedText.Encode("actions"),
        FallbackText = JsonEncodedText.Encode("fallbackText"), Speak = JsonEncodedText.Encode("speak"),
        Msteams = JsonEncodedText.Encode("msteams"), Width = JsonEncodedText.Encode("width"), Card = JsonEncodedText.Encode("AdaptiveCard");

    public override AdaptiveCard Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Cards are only ever written.");

    public override void Write(Utf8JsonWriter writer, AdaptiveCard value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(TypeName, Card);
        CardWriter.String(writer, Schema, value.Schema);
        CardWriter.String(writer, Version, value.Version);
        CardWriter.List(writer, Body, value.Body, ElementWriter.Write, options);
        CardWriter.List(writer, Actions, value.Actions, ActionWriter.Write, options);
        CardWriter.String(writer, FallbackText, value.FallbackText);
        CardWriter.String(writer, Speak, value.Speak);
        if (value.Msteams is { } teams)
        {
            writer.WriteStartObject(Msteams);
            CardWriter.String(writer, Width, teams.Width);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
