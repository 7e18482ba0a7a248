using System.Text.RegularExpressions;

namespace RoleBot.State.Postgres;

/// <summary>
/// A validated table name. Only lower-case identifiers are accepted, so the name means the same quoted or not
/// and configuration can never inject SQL; it is still quoted so reserved words work.
/// </summary>
public sealed partial class PostgresTableName
{
    public const string Default = "rolebot_conversation_state";
    private const int MaxIdentifierBytes = 63; // NAMEDATALEN - 1

    private PostgresTableName(string? schema, string table)
    {
        Schema = schema;
        Table = table;
        Quoted = schema is null ? Quote(table) : $"{Quote(schema)}.{Quote(table)}";
        var index = $"{table}_updated_at_idx";
        IndexName = index.Length > MaxIdentifierBytes ? index[..MaxIdentifierBytes] : index;
        QuotedIndex = schema is null ? Quote(IndexName) : $"{Quote(schema)}.{Quote(IndexName)}";
    }

    public string? Schema { get; }

    public string Table { get; }

    /// <summary>The name as it goes into SQL text.</summary>
    public string Quoted { get; }

    /// <summary>The updated_at index, unqualified as CREATE INDEX wants it.</summary>
    public string IndexName { get; }

    public string QuotedIndex { get; }

    public static PostgresTableName Parse(string? value)
    {
        var parts = (value ?? "").Split('.');
        if (parts.Length > 2 || !parts.All(p => Identifier().IsMatch(p)))
        {
            throw new ArgumentException(
                $"RoleBot:State:Table '{value}' is not a valid table name: use lower-case letters, digits and '_' (max 63, not starting with a digit), optionally 'schema.table'.",
                nameof(value));
        }

        return parts.Length == 2 ? new PostgresTableName(parts[0], parts[1]) : new PostgresTableName(null, parts[0]);
    }

    /// <summary>
    /// A table that belongs with this one ("{table}_{suffix}", same schema), so every store of one deployment shares
    /// the configured name and two deployments (or two tests) on one database never meet. Over-long names keep a hash.
    /// </summary>
    public PostgresTableName Sibling(string suffix)
    {
        var name = $"{Table}_{suffix}";
        if (name.Length > MaxIdentifierBytes - 4)
        {
            // Stable across processes (string.GetHashCode is not): every instance must arrive at the same name.
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Table)))[..8];
            name = $"{Table[..(MaxIdentifierBytes - 4 - suffix.Length - 10)]}_{hash}_{suffix}";
        }

        return new PostgresTableName(Schema, name);
    }

    public override string ToString() => Schema is null ? Table : $"{Schema}.{Table}";

    private static string Quote(string identifier) => $"\"{identifier}\"";

    [GeneratedRegex(@"\A[a-z_][a-z0-9_]{0,62}\z")]
    private static partial Regex Identifier();
}
