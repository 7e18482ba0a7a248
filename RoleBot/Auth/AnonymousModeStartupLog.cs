namespace RoleBot.Auth;

/// <summary>Says once at startup that the bot accepts unauthenticated traffic, or why it refuses all of it.</summary>
internal sealed class AnonymousModeStartupLog(AnonymousMode mode, IHostEnvironment environment, ILogger<AnonymousModeStartupLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (mode.IsRefused)
        {
            AuthLog.AnonymousRefused(logger, environment.EnvironmentName);
        }
        else if (mode.IsActive)
        {
            AuthLog.AnonymousActive(logger, environment.EnvironmentName);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
