namespace RoleBot.Content.Organisations;

/// <summary>One CSV record: its fields, the line it starts on and the line and column each field starts at (1-based).</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, IReadOnlyList<(int Line, int Column)> Starts);

/// <summary>A CSV file that breaks RFC 4180 at a known place.</summary>
public sealed class CsvFormatException(int line, int column, string reason) : Exception(reason)
{
    public int Line { get; } = line;
    public int Column { get; } = column;
}
