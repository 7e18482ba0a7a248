namespace RoleBot.Auth;

/// <summary>What inbound authentication decided about one request.</summary>
/// <param name="Succeeded">False means 401 and the activity is not processed.</param>
/// <param name="Failure">Why it failed, for the log only (never token contents).</param>
/// <param name="IsAnonymous">No app id is configured: replies go out without a token.</param>
/// <param name="ServiceUrlTrusted">The serviceUrl came with a validated claim, so a bearer token may be sent to it.</param>
public sealed record AuthenticationResult(bool Succeeded, string? Failure, bool IsAnonymous, bool ServiceUrlTrusted)
{
    public static AuthenticationResult Anonymous { get; } = new(true, null, true, false);

    public static AuthenticationResult Fail(string reason) => new(false, reason, false, false);

    public static AuthenticationResult Trusted { get; } = new(true, null, false, true);
}
