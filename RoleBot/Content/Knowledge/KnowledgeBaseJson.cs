using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoleBot.Content.Knowledge;

internal static class KnowledgeBaseJson
{
    // Strict on purpose: a misspelt property or a missing required field is an authoring mistake, not something to ignore.
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
    };
}
