using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace RoleBot.Protocol;

/// <summary>Reads an attachment's content as a node; writes pre-serialized content as it is.</summary>
internal sealed class AttachmentContentConverter : JsonConverter<AttachmentContent>
{
    public override bool HandleNull => false;

    public override AttachmentContent? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(JsonSerializer.Deserialize<JsonNode>(ref reader, options), null);

    public override void Write(Utf8JsonWriter writer, AttachmentContent value, JsonSerializerOptions options)
    {
        if (value.Utf8Json is { } json)
        {
            // Written by CardJson with this serializer's encoder, so the bytes are what writing the node would give.
            writer.WriteRawValue(json, skipInputValidation: true);
        }
        else if (value.Node is { } node)
        {
            node.WriteTo(writer, options);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
