using RoleBot.Protocol;

namespace RoleBot.State;

public static class StateKeys
{
    public static string For(Activity activity) =>
        $"{activity.ChannelId ?? "unknown"}/{activity.Conversation?.Id ?? "unknown"}";
}
