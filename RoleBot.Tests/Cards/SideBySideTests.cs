using RoleBot.Answers.Documents;
using RoleBot.Cards.Model;
using RoleBot.Cards.Rendering;
using RoleBot.Tests.Knowledge;

namespace RoleBot.Tests.Cards;

public class SideBySideTests
{
    // The Agents Playground gives a card body about 400 px; bold text needs about 8 px a character, a cell 24 px padding.
    private const double NarrowTablePixels = 400;

    [Theory]
    [InlineData("Stakeholders")]
    [InlineData("Responsibilities")]
    [InlineData("Scope")]
    public void GivesTheAspectColumnRoomForItsLongestWordAtPlaygroundWidth(string aspect)
    {
        var table = SideBySide.Table(Section(aspect));

        var share = (double)table.Columns[0].Width / table.Columns.Sum(c => c.Width);
        Assert.True(share * NarrowTablePixels >= aspect.Length * 8 + 24, $"'{aspect}' gets {share * NarrowTablePixels:F0} px");
    }

    [Fact]
    public void KeepsValueColumnsWiderThanAShortAspectColumn()
    {
        var table = SideBySide.Table(Section("Focus"));

        Assert.True(table.Columns[0].Width < table.Columns[1].Width);
        Assert.Equal(table.Columns[1].Width, table.Columns[2].Width);
    }

    [Fact]
    public void FitsEveryShippedComparisonDimension()
    {
        var longest = ShippedKnowledgeBase.Instance.Comparisons.SelectMany(c => c.Dimensions)
            .SelectMany(d => d.Name.Split(' ')).MaxBy(w => w.Length)!;

        GivesTheAspectColumnRoomForItsLongestWordAtPlaygroundWidth(longest);
    }

    private static SideBySideSection Section(string aspect) =>
        new(null, "Aspect", "Project Manager (PM)", "Operations Manager (OM)", [new SideBySideRow(aspect, "left", "right")]);
}
