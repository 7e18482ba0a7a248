using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoleBot.Cards.Model;

// "auto", "stretch" or "Npx" are strings on the wire; a relative weight must be a JSON number.
[JsonConverter(typeof(ColumnWidthConverter))]
public readonly record struct ColumnWidth
{
    private ColumnWidth(string? keyword, int weight)
    {
        Keyword = keyword;
        RelativeWeight = weight;
    }

    public string? Keyword { get; }

    public int RelativeWeight { get; }

    public static ColumnWidth Auto { get; } = new("auto", 0);

    public static ColumnWidth Stretch { get; } = new("stretch", 0);

    public static ColumnWidth Weight(int weight) =>
        weight > 0 ? new(null, weight) : throw new ArgumentOutOfRangeException(nameof(weight), weight, "A column weight must be positive.");

    public static ColumnWidth Pixels(int pixels) =>
        pixels > 0 ? new($"{pixels}px", 0) : throw new ArgumentOutOfRangeException(nameof(pixels), pixels, "A pixel width must be positive.");
}

internal sealed class ColumnWidthConverter : JsonConverter<ColumnWidth>
{
    public override ColumnWidth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Cards are only ever written.");

    public override void Write(Utf8JsonWriter writer, ColumnWidth value, JsonSerializerOptions options) => WriteValue(writer, value);

    public static void WriteValue(Utf8JsonWriter writer, ColumnWidth value)
    {
        if (value.Keyword is { } keyword)
        {
            writer.WriteStringValue(keyword);
        }
        else
        {
            writer.WriteNumberValue(value.RelativeWeight);
        }
    }
}
