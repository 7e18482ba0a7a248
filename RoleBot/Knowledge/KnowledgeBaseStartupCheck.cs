namespace RoleBot.Knowledge;

/// <summary>Resolves the provider while the host starts, so an invalid knowledge base stops startup with its errors instead of failing the first question.</summary>
internal sealed class KnowledgeBaseStartupCheck(IKnowledgeBaseProvider provider) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = provider.Current;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
