using RoleBot.Auth.Inbound;

namespace RoleBot.Channels.WebChat.DirectLine.Tokens;

/// <summary>Reads "Authorization: Bearer &lt;secret|token&gt;" and, when a conversation is named, checks the token is bound to it.</summary>
public sealed class DirectLineAuthorizer(DirectLineSecret secret, DirectLineTokens tokens)
{
    public async Task<CallerCheck> CheckAsync(HttpRequest request, string? conversationId = null)
    {
        if (!BearerHeader.TryGetToken(request.Headers.Authorization.ToString(), out var bearer))
        {
            return CallerCheck.Refused(StatusCodes.Status401Unauthorized, "no bearer credentials");
        }

        if (secret.Matches(bearer))
        {
            return CallerCheck.Allowed(DirectLineCaller.SecretHolder);
        }

        var (grant, failure) = await tokens.ValidateAsync(bearer);
        if (grant is null)
        {
            return CallerCheck.Refused(StatusCodes.Status403Forbidden, $"token {failure}");
        }

        var caller = new DirectLineCaller(grant);
        return conversationId is null || caller.MayUse(conversationId)
            ? CallerCheck.Allowed(caller)
            : CallerCheck.Refused(StatusCodes.Status403Forbidden, "token is bound to another conversation");
    }
}
