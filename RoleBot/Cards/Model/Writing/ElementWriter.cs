using System.Text.Json;

namespace RoleBot.Cards.Model.Writing;

/// <summary>Body elements, each with its "type" first, its own properties next and <see cref="CardElement"/>'s last.</summary>
internal static class ElementWriter
{
    private static readonly JsonEncodedText Type = JsonEncodedText.Encode("type"), Id = JsonEncodedText.Encode("id"),
        Spacing = JsonEncodedText.Encode("spacing"), Separator = JsonEncodedText.Encode("separator"), Fallback = JsonEncodedText.Encode("fallback"),
        Text = JsonEncodedText.Encode("text"), Wrap = JsonEncodedText.Encode("wrap"), Size = JsonEncodedText.Encode("size"),
        Weight = JsonEncodedText.Encode("weight"), Color = JsonEncodedText.Encode("color"), IsSubtle = JsonEncodedText.Encode("isSubtle"),
        Style = JsonEncodedText.Encode("style"), Items = JsonEncodedText.Encode("items"), Columns = JsonEncodedText.Encode("columns"),
        Facts = JsonEncodedText.Encode("facts"), Inlines = JsonEncodedText.Encode("inlines"), Actions = JsonEncodedText.Encode("actions"),
        Title = JsonEncodedText.Encode("title"), Value = JsonEncodedText.Encode("value"), Italic = JsonEncodedText.Encode("italic"),
        Width = JsonEncodedText.Encode("width");

    private static readonly JsonEncodedText TextBlockType = JsonEncodedText.Encode("TextBlock"), RichTextBlockType = JsonEncodedText.Encode("RichTextBlock"),
        FactSetType = JsonEncodedText.Encode("FactSet"), ColumnSetType = JsonEncodedText.Encode("ColumnSet"), ContainerType = JsonEncodedText.Encode("Container"),
        ActionSetType = JsonEncodedText.Encode("ActionSet"), ColumnType = JsonEncodedText.Encode("Column"), TextRunType = JsonEncodedText.Encode("TextRun");

    public static void Write(Utf8JsonWriter writer, CardElement element, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        switch (element)
        {
            case TextBlock block:
                writer.WriteString(Type, TextBlockType);
                CardWriter.String(writer, Text, block.Text);
                writer.WriteBoolean(Wrap, block.Wrap);
                CardWriter.Enum(writer, Size, block.Size);
                CardWriter.Enum(writer, Weight, block.Weight);
                CardWriter.Enum(writer, Color, block.Color);
                CardWriter.Boolean(writer, IsSubtle, block.IsSubtle);
                CardWriter.Enum(writer, Style, block.Style);
                break;
            case RichTextBlock rich:
                writer.WriteString(Type, RichTextBlockType);
                CardWriter.List(writer, Inlines, rich.Inlines, TextRun, options);
                break;
            case FactSet facts:
                writer.WriteString(Type, FactSetType);
                CardWriter.List(writer, Facts, facts.Facts, Fact, options);
                break;
            case ColumnSet set:
                writer.WriteString(Type, ColumnSetType);
                CardWriter.List(writer, Columns, set.Columns, Column, options);
                CardWriter.Enum(writer, Style, set.Style);
                break;
            case Container container:
                writer.WriteString(Type, ContainerType);
                CardWriter.List(writer, Items, container.Items, Write, options);
                CardWriter.Enum(writer, Style, container.Style);
                break;
            case Table table:
                TableWriter.Write(writer, table, options);
                break;
            case ActionSet set:
                writer.WriteString(Type, ActionSetType);
                CardWriter.List(writer, Actions, set.Actions, ActionWriter.Write, options);
                break;
            default:
                throw new NotSupportedException($"No JSON form for card element {element.GetType().Name}.");
        }

        CardWriter.String(writer, Id, element.Id);
        CardWriter.Enum(writer, Spacing, element.Spacing);
        CardWriter.Boolean(writer, Separator, element.Separator);
        CardWriter.Nested(writer, Fallback, element.Fallback, Write, options);

        writer.WriteEndObject();
    }

    private static void TextRun(Utf8JsonWriter writer, TextRun run, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(Type, TextRunType);
        CardWriter.String(writer, Text, run.Text);
        CardWriter.Enum(writer, Weight, run.Weight);
        CardWriter.Boolean(writer, Italic, run.Italic);
        CardWriter.Boolean(writer, IsSubtle, run.IsSubtle);
        CardWriter.Enum(writer, Color, run.Color);
        writer.WriteEndObject();
    }

    private static void Fact(Utf8JsonWriter writer, Fact fact, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        CardWriter.String(writer, Title, fact.Title);
        CardWriter.String(writer, Value, fact.Value);
        writer.WriteEndObject();
    }

    private static void Column(Utf8JsonWriter writer, Column column, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(Type, ColumnType);
        CardWriter.List(writer, Items, column.Items, Write, options);
        if (column.Width is { } width)
        {
            writer.WritePropertyName(Width);
            ColumnWidthConverter.WriteValue(writer, width);
        }

        CardWriter.Enum(writer, Style, column.Style);
        CardWriter.Enum(writer, Spacing, column.Spacing);
        CardWriter.Boolean(writer, Separator, column.Separator);
        writer.WriteEndObject();
    }
}
