using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoleBot.Protocol;

/// <summary>The one serializer configuration for everything that crosses the wire.</summary>
public static class ActivityJson
{
    /// <summary>Deep enough for any real card or channelData, shallow enough to stop stack-exhaustion payloads.</summary>
    public const int MaxDepth = 64;

    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            MaxDepth = MaxDepth,
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
