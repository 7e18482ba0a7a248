using Microsoft.Extensions.Options;
using RoleBot.Channels.WebChat.DirectLine.Cors;

namespace RoleBot.Channels.WebChat.DirectLine;

/// <summary>Rejects settings that would break Web Chat quietly (a token that dies before its refresh) or unbound memory.</summary>
public sealed class DirectLineOptionsValidator : IValidateOptions<DirectLineOptions>
{
    public const int MinSecretLength = 32;

    public const int MinHistoryBytes = 64 * 1024;

    private static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(15);

    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        var failures = new List<string>();
        if (options.Secret is { } secret && secret.Trim().Length < MinSecretLength)
        {
            failures.Add($"Secret must be at least {MinSecretLength} characters (or absent in development).");
        }

        if (options.TokenLifetime <= RefreshInterval || options.TokenLifetime > TimeSpan.FromDays(1))
        {
            failures.Add("TokenLifetime must be longer than DirectLineJS's 15-minute refresh and at most one day.");
        }

        if (options.ConversationIdleExpiry <= TimeSpan.Zero || options.TurnWait <= TimeSpan.Zero)
        {
            failures.Add("ConversationIdleExpiry and TurnWait must be positive.");
        }

        if (options.MaxConversations <= 0 || options.MaxActivitiesPerConversation <= 0 || options.MaxPostsPerMinute <= 0
            || options.MaxPollsPerMinute <= 0 || options.TokenRequestsPerMinutePerClient <= 0)
        {
            failures.Add("MaxConversations, MaxActivitiesPerConversation, MaxPostsPerMinute, MaxPollsPerMinute and TokenRequestsPerMinutePerClient must be positive.");
        }

        if (options.MaxHistoryBytesPerConversation < MinHistoryBytes)
        {
            failures.Add($"MaxHistoryBytesPerConversation must be at least {MinHistoryBytes} (a few answers with their cards).");
        }

        if (options.StreamUrlLifetime <= TimeSpan.Zero || options.StreamUrlLifetime > options.TokenLifetime || options.StreamKeepAlive < TimeSpan.FromSeconds(1)
            || options.MaxStreamsPerConversation <= 0 || options.MaxStreams <= 0)
        {
            failures.Add("StreamUrlLifetime must be positive and at most TokenLifetime, StreamKeepAlive at least 1 second, MaxStreamsPerConversation and MaxStreams positive.");
        }

        if (string.IsNullOrWhiteSpace(options.BotId))
        {
            failures.Add("BotId must not be empty.");
        }

        failures.AddRange(options.AllowedOrigins.Where(o => !AllowedOrigins.IsOrigin(o))
            .Select(o => $"AllowedOrigins entry '{o}' is not an origin such as https://www.example.com."));

        return failures.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(failures.Select(f => $"{DirectLineOptions.Section}: {f}"));
    }
}
