using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Hosting.WarmUp;

/// <summary>The real app with its log captured; <see cref="Replace"/> swaps services before the host (and the warm-up) starts.</summary>
public sealed class WarmUpAppFactory(Action<IServiceCollection>? replace = null) : WebApplicationFactory<Program>
{
    public LogSink Logs { get; } = new();

    public IEnumerable<string> WarmUpLines => Logs.Lines.Where(l => l.Contains("RoleBot.Hosting.WarmUp", StringComparison.Ordinal));

    private Action<IServiceCollection> Replace { get; } = replace ?? (_ => { });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Information).AddProvider(Logs));
        builder.ConfigureTestServices(services => Replace(services));
    }
}
