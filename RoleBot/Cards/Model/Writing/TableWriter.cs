using System.Text.Json;

namespace RoleBot.Cards.Model.Writing;

/// <summary>A 1.5 Table's own properties (its <see cref="CardElement"/> ones are the element writer's).</summary>
internal static class TableWriter
{
    private static readonly JsonEncodedText Type = JsonEncodedText.Encode("type"), Columns = JsonEncodedText.Encode("columns"),
        Rows = JsonEncodedText.Encode("rows"), FirstRowAsHeaders = JsonEncodedText.Encode("firstRowAsHeaders"),
        ShowGridLines = JsonEncodedText.Encode("showGridLines"), GridStyle = JsonEncodedText.Encode("gridStyle"),
        Width = JsonEncodedText.Encode("width"), Cells = JsonEncodedText.Encode("cells"), Style = JsonEncodedText.Encode("style"),
        Items = JsonEncodedText.Encode("items");

    private static readonly JsonEncodedText TableType = JsonEncodedText.Encode("Table"), RowType = JsonEncodedText.Encode("TableRow"),
        CellType = JsonEncodedText.Encode("TableCell");

    public static void Write(Utf8JsonWriter writer, Table table, JsonSerializerOptions options)
    {
        writer.WriteString(Type, TableType);
        CardWriter.List(writer, Columns, table.Columns, Column, options);
        CardWriter.List(writer, Rows, table.Rows, Row, options);
        writer.WriteBoolean(FirstRowAsHeaders, table.FirstRowAsHeaders);
        CardWriter.Boolean(writer, ShowGridLines, table.ShowGridLines);
        CardWriter.Enum(writer, GridStyle, table.GridStyle);
    }

    private static void Column(Utf8JsonWriter writer, TableColumnDefinition column, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber(Width, column.Width);
        writer.WriteEndObject();
    }

    private static void Row(Utf8JsonWriter writer, TableRow row, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(Type, RowType);
        CardWriter.List(writer, Cells, row.Cells, Cell, options);
        CardWriter.Enum(writer, Style, row.Style);
        writer.WriteEndObject();
    }

    private static void Cell(Utf8JsonWriter writer, TableCell cell, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(Type, CellType);
        CardWriter.List(writer, Items, cell.Items, ElementWriter.Write, options);
        writer.WriteEndObject();
    }
}
