namespace RoleBot.State.Postgres;

/// <summary>One step of the schema; applied once, in version order, and recorded in the version table.</summary>
public sealed record PostgresMigration(int Version, string Description, string Sql);
