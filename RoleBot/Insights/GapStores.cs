using RoleBot.Content;
using RoleBot.Insights.Storage;
using RoleBot.State;

namespace RoleBot.Insights;

/// <summary>The store the settings choose, the same for the bot and for the gaps command.</summary>
public static class GapStores
{
    public static IGapStore Create(IConfiguration configuration, InsightsOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        if (string.Equals(configuration[StateServiceExtensions.ProviderKey], StateServiceExtensions.Postgres, StringComparison.OrdinalIgnoreCase))
        {
            var connection = configuration.GetConnectionString(StateServiceExtensions.ConnectionStringName) is { Length: > 0 } named
                ? named
                : configuration[$"{ConversationStateOptions.Section}:ConnectionString"];
            if (string.IsNullOrWhiteSpace(connection))
            {
                throw new InvalidOperationException(
                    $"{StateServiceExtensions.ProviderKey} is '{StateServiceExtensions.Postgres}' but no connection string is configured for the knowledge gaps either.");
            }

            return PostgresGapStore.Create(connection);
        }

        return new SqliteGapStore(SqlitePath(configuration, options));
    }

    /// <summary>A relative path is under the folder that holds dialogs/, so the bot and the command find the same file.</summary>
    public static string SqlitePath(IConfiguration configuration, InsightsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (Path.IsPathRooted(options.Path))
        {
            return options.Path;
        }

        var contentRoot = Path.GetDirectoryName(ContentPaths.DialogsRoot(configuration))!;
        return Path.GetFullPath(Path.Combine(contentRoot, options.Path));
    }
}
