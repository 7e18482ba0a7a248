using Microsoft.Extensions.DependencyInjection;

namespace RoleBot.Tests.Support;

/// <summary>Hosts the real app with the test bot (<see cref="EchoBot"/>).</summary>
public class ProtocolAppFactory : RoleBotAppFactory
{
    public TurnRecorder Recorder => Services.GetRequiredService<TurnRecorder>();

    public TestGate Gate => Services.GetRequiredService<TestGate>();

    protected override void ConfigureTestServices(IServiceCollection services) => AddEchoBot(services);
}
