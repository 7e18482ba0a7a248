using RoleBot.Content.Organisations;

namespace RoleBot.Tests.Content.Organisations;

public class CsvReaderTests
{
    [Fact]
    public void ReadsQuotedCommasLineBreaksAndDoubledQuotes()
    {
        var records = CsvReader.Read("a,b\r\n\"x, y\",\"say \"\"hi\"\"\nthere\"\r\nlast,\n");

        Assert.Equal(3, records.Count);
        Assert.Equal(["x, y", "say \"hi\"\nthere"], records[1].Fields);
        Assert.Equal(["last", ""], records[2].Fields);
        Assert.Equal(4, records[2].Line);
    }

    [Fact]
    public void GivesTheLineAndColumnWhereEachFieldStarts()
    {
        var records = CsvReader.Read("\uFEFFtitle,level\nDirector,5\n");

        Assert.Equal("title", records[0].Fields[0]);
        Assert.Equal((2, 10), records[1].Starts[1]);
    }

    [Fact]
    public void SkipsBlankLines()
    {
        Assert.Equal(2, CsvReader.Read("a\n\r\n\nb").Count);
    }

    [Theory]
    [InlineData("a,b\nx\"y,z", 2, 2)]
    [InlineData("a,b\n\"x\"y,z", 2, 4)]
    [InlineData("a,b\nx,\"open", 2, 3)]
    public void RejectsWhatRfc4180DoesNotAllowAtItsLineAndColumn(string text, int line, int column)
    {
        var e = Assert.Throws<CsvFormatException>(() => CsvReader.Read(text));

        Assert.Equal((line, column), (e.Line, e.Column));
    }
}
