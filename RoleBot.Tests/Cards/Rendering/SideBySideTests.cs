using RoleBot.Answers.Documents;
using RoleBot.Cards.Model;
using RoleBot.Cards.Rendering;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Cards.Rendering;

public class SideBySideTests
{
    // Measured in the Agents Playground screenshots: a card body of about 400 px, bold 14 px text about 7.5 px a
    // character, 16 px of padding in a cell.
    private const double NarrowTablePixels = 400;

    [Theory]
    [InlineData("Stakeholders")]
    [InlineData("Responsibilities")]
    [InlineData("Scope")]
    public void GivesTheAspectColumnRoomForItsLongestWordAtPlaygroundWidth(string aspect)
    {
        var table = SideBySide.Table(Section(aspect));

        var share = (double)table.Columns[0].Width / table.Columns.Sum(c => c.Width);
        Assert.True(share * NarrowTablePixels >= aspect.Length * 7.5 + 16, $"'{aspect}' gets {share * NarrowTablePixels:F0} px");
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
