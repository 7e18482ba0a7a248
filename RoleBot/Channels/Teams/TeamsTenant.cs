using System.Text.Json;
using RoleBot.Protocol;

namespace RoleBot.Channels.Teams;

/// <summary>The tenant a Teams activity comes from: channelData.tenant.id, else conversation.tenantId.</summary>
public static class TeamsTenant
{
    public static string? Of(Activity activity)
    {
        if (activity.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
            && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(id.GetString()))
        {
            return id.GetString();
        }

        return string.IsNullOrWhiteSpace(activity.Conversation?.TenantId) ? null : activity.Conversation.TenantId;
    }
}
