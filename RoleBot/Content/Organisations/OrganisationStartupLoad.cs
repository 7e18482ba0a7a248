namespace RoleBot.Content.Organisations;

/// <summary>Reads every organisation while the host starts: the broken ones are logged and skipped then.</summary>
internal sealed class OrganisationStartupLoad(IOrganisationDirectory directory) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = directory.All;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
