using RoleBot.Answers.Documents;
using RoleBot.Cards.Model;

namespace RoleBot.Cards.Rendering;

internal static class SectionElements
{
    public static IEnumerable<CardElement> For(DocSection section)
    {
        var body = section switch
        {
            ParagraphSection p => [new TextBlock(p.Text)],
            ListSection l => l.Items.Select(i => (CardElement)new TextBlock("• " + i) { Spacing = Spacing.Small }),
            LadderSection l => l.Rungs.Select(Rung),
            SideBySideSection s => [SideBySide.Table(s)],
            _ => throw new NotSupportedException($"No card rendering for {section.GetType().Name}."),
        };
        return section.Heading is null ? body : [Heading(section.Heading), .. body];
    }

    public static TextBlock Heading(string text) =>
        new(text) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Separator = true };

    private static TextBlock Rung(LadderRung rung) => rung.Highlighted
        ? new TextBlock("▸ " + rung.Text) { Weight = TextWeight.Bolder, Color = TextColor.Accent, Spacing = Spacing.Small }
        : new TextBlock("· " + rung.Text) { IsSubtle = true, Spacing = Spacing.Small };
}
