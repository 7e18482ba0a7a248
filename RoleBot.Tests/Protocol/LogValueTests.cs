using RoleBot.Protocol;

namespace RoleBot.Tests.Protocol;

public sealed class LogValueTests
{
    [Fact]
    public void KeepsAShortPrintableValueAsItIs() => Assert.Equal("msteams", LogValue.Untrusted("msteams"));

    [Fact]
    public void KeepsNullAsNull() => Assert.Null(LogValue.Untrusted(null));

    [Theory]
    [InlineData("a\nb", "ab")]
    [InlineData("a\r\nb", "ab")]
    [InlineData("a\u2028b\u2029c", "abc")]
    [InlineData("a\u001b[31mb", "a[31mb")]
    [InlineData("a\u202eb\u200bc", "abc")]
    [InlineData("a\u0085b", "ab")]
    public void RemovesLineBreaksControlAndFormatCharacters(string value, string expected) =>
        Assert.Equal(expected, LogValue.Untrusted(value));

    [Fact]
    public void CutsALongValueAndSaysHowMuchWasLeftOut()
    {
        var value = new string('a', 10_000);

        Assert.Equal($"{new string('a', 64)}…(+{10_000 - 64} chars)", LogValue.Untrusted(value));
    }

    [Fact]
    public void NeverSplitsASurrogatePair()
    {
        var value = new string('a', 63) + "😀b";

        Assert.Equal($"{new string('a', 63)}…(+3 chars)", LogValue.Untrusted(value));
    }

    [Fact]
    public void ReplacesALoneSurrogate() => Assert.Equal("a\uFFFDb", LogValue.Untrusted("a\uD800b"));
}
