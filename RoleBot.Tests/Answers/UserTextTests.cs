using RoleBot.Answers;

namespace RoleBot.Tests.Answers;

public class UserTextTests
{
    [Theory]
    [InlineData("PM", "PM")]
    [InlineData("  sr.   manager ", "sr. manager")]
    [InlineData("<b>VP</b>", "b VP b")]
    [InlineData("[x](https://evil)", "x https evil")]
    [InlineData("**bold** _it_ `code`", "bold it code")]
    [InlineData("R&D lead", "R&D lead")]
    [InlineData("\u0000\u202Eevil", "evil")]
    [InlineData(null, "")]
    public void KeepsOnlyHarmlessCharacters(string? raw, string expected)
    {
        Assert.Equal(expected, UserText.Clean(raw));
    }

    [Fact]
    public void CutsLongInput()
    {
        var cleaned = UserText.Clean(new string('a', 500));

        Assert.Equal(UserText.MaxLength + 1, cleaned.Length);
        Assert.EndsWith("…", cleaned);
    }
}
