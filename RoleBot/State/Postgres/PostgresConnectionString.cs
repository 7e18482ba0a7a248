using Npgsql;

namespace RoleBot.State.Postgres;

/// <summary>Builds the pool. Errors name the problem but never echo the connection string, which holds a password.</summary>
internal static class PostgresConnectionString
{
    public static NpgsqlDataSource CreateDataSource(string connectionString, PostgresTimeouts timeouts, ILoggerFactory loggerFactory, string? purpose = null)
    {
        NpgsqlDataSourceBuilder builder;
        try
        {
            builder = new NpgsqlDataSourceBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            // The inner exception is dropped on purpose: its message can quote the offending value.
            throw new InvalidOperationException($"The RoleBot state connection string is not valid: {ex.Message}");
        }

        if (string.IsNullOrEmpty(builder.ConnectionStringBuilder.ApplicationName))
        {
            builder.ConnectionStringBuilder.ApplicationName = "RoleBot";
        }

        if (purpose is not null)
        {
            builder.ConnectionStringBuilder.ApplicationName += " " + purpose;
        }

        builder.ConnectionStringBuilder.CommandTimeout = PostgresTimeouts.SecondsFor(timeouts.Command);
        builder.ConnectionStringBuilder.Timeout = PostgresTimeouts.SecondsFor(timeouts.Connect);

        // Password stays out of NpgsqlConnection.ConnectionString and so out of any diagnostics that print it.
        builder.ConnectionStringBuilder.PersistSecurityInfo = false;
        builder.UseLoggerFactory(loggerFactory);
        return builder.Build();
    }

    /// <summary>Startup validation: throws the same clear error the store would, before the first turn.</summary>
    public static void Validate(string connectionString)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"The RoleBot state connection string is not valid: {ex.Message}");
        }
    }
}
