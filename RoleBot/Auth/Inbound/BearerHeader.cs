namespace RoleBot.Auth.Inbound;

internal static class BearerHeader
{
    // The SDK splits on single spaces, wants exactly two parts and then the literal (case-sensitive) "Bearer".
    public static bool TryGetToken(string header, out string token)
    {
        var parts = header.Split(' ');
        token = parts.Length == 2 && parts[0] == "Bearer" ? parts[1] : string.Empty;
        return token.Length > 0;
    }
}
