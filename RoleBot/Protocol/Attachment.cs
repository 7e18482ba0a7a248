using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace RoleBot.Protocol;

public sealed class Attachment
{
    private JsonNode? _content;
    private byte[]? _contentJson;

    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }

    /// <summary>
    /// Raw JSON so cards and channel payloads round-trip untouched. Content given as UTF-8 JSON (see
    /// <see cref="FromJson"/>) is parsed only when someone reads it here; until then it goes on the wire as it is.
    /// </summary>
    [JsonIgnore]
    public JsonNode? Content
    {
        get
        {
            // Once read, the node may be changed, so from then on it, not the bytes it came from, is the content.
            if (_contentJson is { } json)
            {
                _content = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = ActivityJson.MaxDepth });
                _contentJson = null;
            }

            return _content;
        }
        set
        {
            _content = value;
            _contentJson = null;
        }
    }

    /// <summary>The content as it is written on the wire, in <see cref="Content"/>'s place.</summary>
    [JsonInclude]
    [JsonPropertyName("content")]
    internal AttachmentContent? WireContent
    {
        get => _contentJson is { } json ? new AttachmentContent(null, json) : _content is { } node ? new AttachmentContent(node, null) : null;
        set => Content = value?.Node;
    }

    public string? Name { get; set; }
    public string? ThumbnailUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>
    /// An attachment whose content is already serialized: <paramref name="utf8Json"/> must be one JSON value written
    /// as <see cref="ActivityJson.Options"/> would write it (its encoder, not indented), because it is copied to the
    /// wire as it is. Saves building a JsonNode tree for every card a reply carries.
    /// </summary>
    public static Attachment FromJson(string contentType, byte[] utf8Json) => new() { ContentType = contentType, _contentJson = utf8Json };
}
