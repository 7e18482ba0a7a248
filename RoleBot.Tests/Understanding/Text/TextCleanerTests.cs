using RoleBot.Understanding.Text;

namespace RoleBot.Tests.Understanding.Text;

public sealed class TextCleanerTests
{
    [Theory]
    [InlineData("<at>RoleBot</at> is a GM higher?", "is a GM higher?")]
    [InlineData("<script>alert(1)</script>what does a COO do", "what does a COO do")]
    [InlineData("&lt;script&gt;alert(1)&lt;/script&gt;hi", "hi")]
    [InlineData("<p>is a <b>GM</b> higher</p>", "is a GM higher")]
    [InlineData("**bold** and `code`", "bold and code")]
    [InlineData("[click](http://x.example) here", "click here")]
    [InlineData("is COO > GM?", "is COO above GM?")]
    [InlineData("a\u0000b\u200bc\u202ed", "a bcd")]
    [InlineData("Vice&nbsp;President", "Vice President")]
    [InlineData("gm>vp?", "gm above vp?")]
    [InlineData("GM<VP", "GM below VP")]
    [InlineData("ＧＭ higher than ＶＰ", "GM higher than VP")]
    [InlineData("is the СЕО a mаnager", "is the CEO a manager")]
    [InlineData("кто выше", "кто выше")]
    public void ProducesPlainText(string raw, string expected) => Assert.Equal(expected, TextCleaner.Clean(raw, 500));

    // A tag cut in half by truncation ("…<b><b") is markup, not a comparison sign.
    [Fact]
    public void TruncatedMarkupIsNotReadAsASign()
    {
        var cleaned = TextCleaner.Clean(string.Concat(Enumerable.Repeat("<b>", 5000)), 500);
        Assert.DoesNotContain("below", cleaned);
        Assert.DoesNotContain("above", cleaned);
    }

    [Fact]
    public void CapsLengthAtAWordBoundary()
    {
        var cleaned = TextCleaner.Clean(string.Concat(Enumerable.Repeat("manager ", 5000)), 100);
        Assert.True(cleaned.Length <= 100);
        Assert.EndsWith("manager", cleaned);
    }

    [Fact]
    public void NeverLeavesAngleBracketsOrThrows()
    {
        var random = new Random(42);
        for (var i = 0; i < 2000; i++)
        {
            var chars = Enumerable.Range(0, random.Next(0, 300)).Select(_ => (char)random.Next(0, 0xFFFF)).ToArray();
            var cleaned = TextCleaner.Clean("<b>" + new string(chars) + "</b>", 200);
            Assert.DoesNotContain('<', cleaned);
            Assert.DoesNotContain('>', cleaned);
        }
    }
}
