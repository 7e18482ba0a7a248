namespace RoleBot.Tests.Support;

/// <summary>Only a safety net against hangs; no test asserts on elapsed time.</summary>
public static class TestTimeouts
{
    public static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);
}
