using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace RoleBot.Protocol;

public sealed class Attachment
{
    private JsonNode? _content;
    private IJsonContent? _contentWriter;

    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }

    /// <summary>
    /// Raw JSON so cards and channel payloads round-trip untouched. Content that writes itself (see
    /// <see cref="FromWriter"/>) becomes a node only when someone reads it here; until then it is written to the wire directly.
    /// </summary>
    [JsonIgnore]
    public JsonNode? Content
    {
        get
        {
            // Once read, the node may be changed, so from then on it, not the writer it came from, is the content.
            if (_contentWriter is { } writer)
            {
                _content = JsonNode.Parse(Utf8(writer), documentOptions: new JsonDocumentOptions { MaxDepth = ActivityJson.MaxDepth });
                _contentWriter = null;
            }

            return _content;
        }
        set
        {
            _content = value;
            _contentWriter = null;
        }
    }

    /// <summary>The content as it is written on the wire, in <see cref="Content"/>'s place.</summary>
    [JsonInclude]
    [JsonPropertyName("content")]
    internal AttachmentContent? WireContent
    {
        get => _contentWriter is { } writer ? new AttachmentContent(null, writer) : _content is { } node ? new AttachmentContent(node, null) : null;
        set => Content = value?.Node;
    }

    public string? Name { get; set; }
    public string? ThumbnailUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>
    /// An attachment whose content is written when the activity is: <paramref name="content"/> must write one JSON
    /// value, the same every time, and must not change afterwards. Saves building a JsonNode tree, or a copy of the
    /// bytes, for every card a reply carries.
    /// </summary>
    public static Attachment FromWriter(string contentType, IJsonContent content) => new() { ContentType = contentType, _contentWriter = content };

    private static byte[] Utf8(IJsonContent content)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            content.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
