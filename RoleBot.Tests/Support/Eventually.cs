namespace RoleBot.Tests.Support;

public static class Eventually
{
    /// <summary>Polls <paramref name="condition"/> every 100 ms until it holds, failing after <see cref="TestTimeouts.Generous"/>.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + TestTimeouts.Generous;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not hold in time.");
            await Task.Delay(100);
        }
    }
}
