namespace RoleBot.State.Postgres;

/// <summary>How long the store waits for PostgreSQL; every wait is bounded, so a frozen database fails turns rather than hanging them.</summary>
public sealed record PostgresTimeouts(TimeSpan Command, TimeSpan Connect)
{
    public static PostgresTimeouts Default { get; } = new(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5));

    public bool IsValid => Command > TimeSpan.Zero && Connect > TimeSpan.Zero;

    /// <summary>Npgsql counts whole seconds and reads 0 as "wait forever", so anything shorter rounds up to 1.</summary>
    public static int SecondsFor(TimeSpan value) => (int)Math.Clamp(Math.Ceiling(value.TotalSeconds), 1, int.MaxValue);
}
