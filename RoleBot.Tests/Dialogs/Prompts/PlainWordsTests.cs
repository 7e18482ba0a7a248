using System.Text;
using RoleBot.Dialogs.Prompts;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Dialogs.Prompts;

public sealed class PlainWordsTests
{
    [Theory]
    [InlineData("Product-Manager!", "product manager")]
    [InlineData("  Who's  ABOVE a director?? ", "who s above a director")]
    [InlineData("VP/GM (EMEA) 2nd", "vp gm emea 2nd")]
    [InlineData("Ärztlicher Direktor – Überblick", "ärztlicher direktor überblick")]
    [InlineData("?!", "")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void KeepsLowerCaseWordsOneSpaceApart(string? text, string expected) => Assert.Equal(expected, PlainWords.Normalize(text));

    // The one-pass form must read every text as the plain form it replaced did: lower-case, punctuation to spaces, split, joined.
    [Fact]
    public void AgreesWithLowerCasingSplittingAndJoiningOnEveryTestMessageAndOddText()
    {
        var random = new Random(17);
        var odd = Enumerable.Range(0, 2000).Select(_ => RandomText(random));
        var long1 = string.Concat(Enumerable.Repeat("Chief Operating Officer, ", 40));
        var texts = TestMessages.In("Understanding/TestData", "Dialogs/TestData").Concat(odd).Append(long1).ToList();

        Assert.All(texts, text => Assert.Equal(Reference(text), PlainWords.Normalize(text)));
    }

    private static string Reference(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    // Letters of several scripts, digits, punctuation, spaces of several kinds, a surrogate pair.
    private static string RandomText(Random random)
    {
        string[] pieces = ["A", "z", "É", "ß", "İ", "Σ", "ς", "Ж", "7", "٣", "-", "'", " ", "\t", "\u00a0", "\u2003", "?", "𐐀", "_", "ǅ"];
        return string.Concat(Enumerable.Range(0, random.Next(0, 24)).Select(_ => pieces[random.Next(pieces.Length)]));
    }
}
