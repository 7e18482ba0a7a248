namespace RoleBot.Auth.Inbound;

// SDK EmulatorValidation issuers (docs/protocol.md §4.3); tenant-specific ones only for our own tenant.
internal static class EmulatorIssuers
{
    private static readonly string[] Fixed =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
        "https://sts.windows.net/cab8a31a-1906-4287-a0d8-4eef66b95f6e/",
        "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0",
        "https://login.microsoftonline.us/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.us/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
    ];

    private static readonly string[] TenantTemplates =
    [
        "https://sts.windows.net/{0}/",
        "https://login.microsoftonline.com/{0}/v2.0",
        "https://login.microsoftonline.us/{0}/",
        "https://login.microsoftonline.us/{0}/v2.0",
    ];

    public static bool IsAccepted(string? issuer, string? configuredTenantId)
    {
        if (string.IsNullOrEmpty(issuer))
        {
            return false;
        }

        return Fixed.Contains(issuer, StringComparer.Ordinal)
            || (!string.IsNullOrWhiteSpace(configuredTenantId)
                && TenantTemplates.Any(t => string.Equals(issuer, string.Format(System.Globalization.CultureInfo.InvariantCulture, t, configuredTenantId.Trim()), StringComparison.Ordinal)));
    }
}
