using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace RoleBot.Protocol;

/// <summary>An attachment's content on the wire: a node, or content that writes itself.</summary>
[JsonConverter(typeof(AttachmentContentConverter))]
internal sealed record AttachmentContent(JsonNode? Node, IJsonContent? Writer);
