namespace RoleBot.Auth;

/// <summary>Says once at startup that the bot accepts unauthenticated traffic, or why it refuses all of it.</summary>
internal sealed class AnonymousModeStartupLog(AnonymousMode mode, ILogger<AnonymousModeStartupLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (mode.IsRefused)
        {
            AuthLog.AnonymousRefused(logger, mode.EnvironmentName);
        }
        else if (mode.IsActive)
        {
            AuthLog.AnonymousActive(logger, mode.EnvironmentName);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
