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

    public override string ToString() => Schema is null ? Table : $"{Schema}.{Table}";

    private static string Quote(string identifier) => $"\"{identifier}\"";

    [GeneratedRegex(@"\A[a-z_][a-z0-9_]{0,62}\z")]
    private static partial Regex Identifier();
}
