using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using RoleBot.Protocol;

namespace RoleBot.Channels.WebChat.DirectLine.Conversations;

/// <summary>The user a conversation is for: the requested id (prefixed "dl_" as Azure's enhanced auth requires) or a random one.</summary>
public static class DirectLineUsers
{
    public const int MaxIdLength = 64;
    public const int MaxNameLength = 100;

    /// <summary>Null when the requested id or name is unusable (too long, control characters).</summary>
    public static ChannelAccount? From(ChannelAccount? requested)
    {
        var id = requested?.Id?.Trim();
        var name = requested?.Name?.Trim();
        if (id?.Length > MaxIdLength || name?.Length > MaxNameLength || HasControl(id) || HasControl(name))
        {
            return null;
        }

        id = string.IsNullOrEmpty(id) ? NewId()
            : id.StartsWith(DirectLineChannel.UserIdPrefix, StringComparison.Ordinal) ? id
            : DirectLineChannel.UserIdPrefix + id;
        return new ChannelAccount { Id = id, Name = string.IsNullOrEmpty(name) ? null : name, Role = "user" };
    }

    private static string NewId() => DirectLineChannel.UserIdPrefix + Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(12));

    private static bool HasControl(string? value) => value?.Any(char.IsControl) == true;
}
