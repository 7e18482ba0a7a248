using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace RoleBot.Protocol;

/// <summary>Reads an attachment's content as a node; lets content that writes itself write itself.</summary>
internal sealed class AttachmentContentConverter : JsonConverter<AttachmentContent>
{
    public override bool HandleNull => false;

    public override AttachmentContent? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(JsonSerializer.Deserialize<JsonNode>(ref reader, options), null);

    public override void Write(Utf8JsonWriter writer, AttachmentContent value, JsonSerializerOptions options)
    {
        if (value.Writer is { } content)
        {
            // Into this very writer, so with this serializer's encoder: the bytes are what writing the node would give.
            content.WriteTo(writer);
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
