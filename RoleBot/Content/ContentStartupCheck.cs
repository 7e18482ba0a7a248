namespace RoleBot.Content;

/// <summary>
/// Loads a piece of content while the host starts, so a missing file or a broken edit stops the deployment with
/// its file, path and reason instead of failing the first conversation that needs it.
/// </summary>
internal sealed class ContentStartupCheck<T>(IContentSource<T> source) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = source.Current;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
