using RoleBot.State;

namespace RoleBot.Channels.Slack.Native;

/// <summary>A key claimed first in this process (cheap, and enough for one instance), then across instances.</summary>
internal static class SlackSharedClaim
{
    public static async Task<bool> TryBeginAsync(SlackRecentKeys local, ISharedKeys? shared, string scope, string? key, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(key))
        {
            return true;
        }

        if (!local.TryAdd(key))
        {
            return false;
        }

        if (shared is null)
        {
            return true;
        }

        try
        {
            // False: another instance has it; the local record stays, as "seen".
            return await shared.TryAddAsync(scope, key, lifetime, cancellationToken);
        }
        catch
        {
            local.Remove(key);
            throw;
        }
    }

    public static async Task ForgetAsync(SlackRecentKeys local, ISharedKeys? shared, string scope, string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return;
        }

        local.Remove(key);
        try
        {
            if (shared is not null)
            {
                await shared.RemoveAsync(scope, key, CancellationToken.None);
            }
        }
        catch (ConversationStateUnavailableException)
        {
            // The claim lapses at the end of its window; until then a retry of this one request is ignored.
        }
    }
}
