using Microsoft.Extensions.Hosting;

namespace RoleBot.Understanding.Search;

/// <summary>
/// Builds the passage index in the background as the bot starts, so the first question that needs it does not wait
/// for it; startup itself does not wait either.
/// </summary>
internal sealed class PassageIndexWarmUp(IPassageSearch search) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (search is PassageSearch passages)
        {
            _ = Task.Run(() => passages.Index(), CancellationToken.None);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
