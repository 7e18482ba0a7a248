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
        services.AddSingleton<TeamsAdapter>();
        services.AddSingleton<SlackAdapter>();
        services.AddSingleton<WebChatAdapter>();
        services.AddSingleton<EmulatorAdapter>();
        services.AddSingleton<IChannelAdapter>(sp => sp.GetRequiredService<TeamsAdapter>());
        services.AddSingleton<IChannelAdapter>(sp => sp.GetRequiredService<SlackAdapter>());
        services.AddSingleton<IChannelAdapter>(sp => sp.GetRequiredService<WebChatAdapter>());
        services.AddSingleton<IChannelAdapter>(sp => sp.GetRequiredService<EmulatorAdapter>());
        services.AddSingleton<ChannelAdapters>();
        services.Replace(ServiceDescriptor.Singleton<IReplyShaper>(sp => sp.GetRequiredService<ChannelAdapters>()));
        return services;
    }
}
