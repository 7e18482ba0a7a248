namespace RoleBot.Tests.Channels.WebChat.DirectLine.Support;

/// <summary>A clock that can be told to throw, to fault code paths that read the time (as the poll does) from the inside.</summary>
public sealed class FaultyClock : TimeProvider
{
    public bool Fail { get; set; }

    public override DateTimeOffset GetUtcNow() =>
        Fail ? throw new InvalidOperationException("The test clock was told to fail.") : base.GetUtcNow();
}
