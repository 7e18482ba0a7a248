namespace RoleBot.Auth.Outbound;

/// <summary>
/// The App Service / Functions managed identity endpoint. Azure sets IDENTITY_ENDPOINT and IDENTITY_HEADER
/// in the environment when an identity is assigned; elsewhere they are absent and UserAssignedMSI cannot work.
/// </summary>
public sealed class ManagedIdentityOptions
{
    public string? IdentityEndpoint { get; set; }
    public string? IdentityHeader { get; set; }

    public override string ToString() =>
        $"IdentityEndpoint={IdentityEndpoint}, IdentityHeader={(string.IsNullOrEmpty(IdentityHeader) ? "<empty>" : "<redacted>")}";
}
