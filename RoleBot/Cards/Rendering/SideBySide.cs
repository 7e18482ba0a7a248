using RoleBot.Answers.Documents;
using RoleBot.Cards.Model;

namespace RoleBot.Cards.Rendering;

// The comparison grid: a 1.5 Table for Teams and Web Chat, with a ColumnSet fallback (1.0) for the Emulator
// and older mobile clients, which drop a Table they cannot render.
internal static class SideBySide
{
    // Relative weights: each value column is ValueWeight; the aspect column grows with its longest word, so a
    // label such as "Stakeholders" stays whole at the Playground's ~400 px card body instead of breaking mid-word.
    internal const int ValueWeight = 14;
    internal const int MinAspectWeight = 6;
    internal const int MaxAspectWeight = 20;

    public static Table Table(SideBySideSection s) =>
        new([new TableColumnDefinition(AspectWeight(s)), new TableColumnDefinition(ValueWeight), new TableColumnDefinition(ValueWeight)],
            [HeaderRow(s), .. s.Rows.Select(Row)])
        {
            FirstRowAsHeaders = true,
            ShowGridLines = true,
            Fallback = ColumnSetFallback(s),
        };

    internal static int AspectWeight(SideBySideSection s)
    {
        var longestWord = s.Rows.Select(r => r.Aspect).Append(s.AspectLabel)
            .SelectMany(text => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Select(word => word.Length).DefaultIfEmpty(0).Max();
        return Math.Clamp(longestWord, MinAspectWeight, MaxAspectWeight);
    }

    private static TableRow HeaderRow(SideBySideSection s) =>
        new([Cell(s.AspectLabel, bold: true), Cell(s.LeftTitle, bold: true), Cell(s.RightTitle, bold: true)]) { Style = ContainerStyle.Emphasis };

    private static TableRow Row(SideBySideRow row) => new([Cell(row.Aspect, bold: true), Cell(row.Left), Cell(row.Right)]);

    private static TableCell Cell(string text, bool bold = false) =>
        new([new TextBlock(text) { Weight = bold ? TextWeight.Bolder : null }]);

    // Narrow screens read better as "aspect" above two value columns than as three squeezed columns.
    private static Container ColumnSetFallback(SideBySideSection s) => new(
    [
        Pair(new TextBlock(s.LeftTitle) { Weight = TextWeight.Bolder }, new TextBlock(s.RightTitle) { Weight = TextWeight.Bolder }),
        .. s.Rows.SelectMany(row => new CardElement[]
        {
            new TextBlock(row.Aspect) { Weight = TextWeight.Bolder, IsSubtle = true, Separator = true, Spacing = Spacing.Medium },
            Pair(new TextBlock(row.Left), new TextBlock(row.Right)),
        }),
    ]);

    private static ColumnSet Pair(TextBlock left, TextBlock right) => new(
    [
        new Column([left]) { Width = ColumnWidth.Weight(1) },
        new Column([right]) { Width = ColumnWidth.Weight(1), Separator = true, Spacing = Spacing.Medium },
    ]);
}
