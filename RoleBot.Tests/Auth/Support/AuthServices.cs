using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RoleBot.Auth;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Auth.Support;

/// <summary>The real AddRoleBotAuth registrations over an in-memory configuration, with logs captured.</summary>
internal static class AuthServices
{
    public static ServiceProvider Build(IDictionary<string, string?> settings, LogSink? logs = null, TimeProvider? time = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs ?? new LogSink()));
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddRoleBotAuth(configuration);
        return services.BuildServiceProvider();
    }

    public static Dictionary<string, string?> InboundSettings(KeyServer keys) => new()
    {
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppId"] = TestTokens.AppId,
        ["MicrosoftAppPassword"] = "unused-in-inbound-tests",
        ["MicrosoftAppTenantId"] = TestTokens.TenantId,
        ["ToBotFromChannelOpenIdMetadataUrl"] = keys.ChannelMetadataUrl,
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = keys.EmulatorMetadataUrl,
    };
}
