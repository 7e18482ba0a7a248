using System.Text.Json.Serialization;

namespace RoleBot.Cards.Model;

// A 1.5 Table. The renderers (JS, .NET, C++) read "firstRowAsHeaders"; the published schema's singular
// spelling is ignored by them, so the plural is what we write and CI patches the schema to accept it.
// Give every Table a CardElement.Fallback for hosts below 1.5 (Emulator, older mobile).
public sealed record Table(IReadOnlyList<TableColumnDefinition> Columns, IReadOnlyList<TableRow> Rows) : CardElement
{
    public bool FirstRowAsHeaders { get; init; } = true;

    public bool? ShowGridLines { get; init; }

    public ContainerStyle? GridStyle { get; init; }
}

// Width is a relative weight.
public sealed record TableColumnDefinition(int Width);

public sealed record TableRow(IReadOnlyList<TableCell> Cells)
{
    [JsonPropertyOrder(-1)]
    public string Type => "TableRow";

    public ContainerStyle? Style { get; init; }
}

// The schema requires items on every cell.
public sealed record TableCell(IReadOnlyList<CardElement> Items)
{
    [JsonPropertyOrder(-1)]
    public string Type => "TableCell";
}
