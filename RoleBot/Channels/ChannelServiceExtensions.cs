using Microsoft.Extensions.DependencyInjection.Extensions;
using RoleBot.Channels.Emulator;
using RoleBot.Channels.Slack;
using RoleBot.Channels.Teams;
using RoleBot.Channels.WebChat;
using RoleBot.Protocol.Turns;

namespace RoleBot.Channels;

public static class ChannelServiceExtensions
{
    /// <summary>One adapter per channel, and the registry that reads inbound messages and shapes every reply.</summary>
    public static IServiceCollection AddRoleBotChannels(this IServiceCollection services)
    {
        services.TryAddSingleton<TeamsAdapter>();
        services.TryAddSingleton<SlackAdapter>();
        services.TryAddSingleton<WebChatAdapter>();
        services.TryAddSingleton<EmulatorAdapter>();
        services.TryAddSingleton<ChannelAdapters>(sp => new ChannelAdapters(
        [
            sp.GetRequiredService<TeamsAdapter>(),
            sp.GetRequiredService<SlackAdapter>(),
            sp.GetRequiredService<WebChatAdapter>(),
            sp.GetRequiredService<EmulatorAdapter>(),
        ]));
        // The protocol registers a shaper that leaves replies as written; the channels' one replaces it.
        services.Replace(ServiceDescriptor.Singleton<IReplyShaper>(sp => sp.GetRequiredService<ChannelAdapters>()));
        return services;
    }
}
