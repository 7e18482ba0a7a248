namespace RoleBot.Auth;

/// <summary>Bound from the RoleBot section (key RoleBot:AllowAnonymous).</summary>
public sealed class AnonymousModeOptions
{
    public const string Section = "RoleBot";

    /// <summary>Lets a Production host without MicrosoftAppId accept unauthenticated traffic; a deliberate choice.</summary>
    public bool AllowAnonymous { get; set; }
}
