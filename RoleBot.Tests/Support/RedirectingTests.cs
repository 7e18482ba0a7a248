namespace RoleBot.Tests.Support;

/// <summary>
/// Tests of one outbound client against a loopback <see cref="Redirector"/>: each test class gets its own
/// redirector (and the listener it points at), started before its tests and stopped after them.
/// </summary>
public abstract class RedirectingTests : IAsyncLifetime
{
    public static TheoryData<int> Statuses => RedirectStatus.Statuses();

    protected Redirector Redirector { get; private set; } = null!;

    public virtual async Task InitializeAsync() => Redirector = await Redirector.StartAsync();

    public virtual async Task DisposeAsync() => await Redirector.DisposeAsync();
}
