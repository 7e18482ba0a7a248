using Microsoft.Extensions.Options;
using RoleBot.State;

namespace RoleBot.Channels.Slack.Native;

/// <summary>
/// Signed slash commands already answered. A captured request (same body, timestamp and signature) passes the
/// signature check for as long as its timestamp is within the clock skew, so it would be answered again; the
/// signature names exactly that request. It is remembered for twice the skew: a timestamp accepted up to one skew
/// early may still be replayed up to one skew late. With shared state, across instances too.
/// </summary>
public sealed class SlackCommandReplays(IOptions<SlackOptions> options, TimeProvider time, ISharedKeys? shared = null)
{
    private const string SharedScope = "slack-command";
    private readonly SlackRecentKeys _answered = new(time, () => options.Value.MaxClockSkew * 2, () => options.Value.DeduplicationCapacity);

    /// <summary>True the first time this signature arrives.</summary>
    public bool TryBegin(string signature) => _answered.TryAdd(signature);

    /// <summary><see cref="TryBegin"/> on this instance, then across instances; throws when shared state is unavailable.</summary>
    public Task<bool> TryBeginAsync(string signature, CancellationToken cancellationToken) =>
        SlackSharedClaim.TryBeginAsync(_answered, shared, SharedScope, signature, options.Value.MaxClockSkew * 2, cancellationToken);

    /// <summary>The first arrival could not be queued, so an identical retry may still be answered.</summary>
    public void Forget(string signature) => _answered.Remove(signature);

    public Task ForgetAsync(string signature) => SlackSharedClaim.ForgetAsync(_answered, shared, SharedScope, signature);
}
