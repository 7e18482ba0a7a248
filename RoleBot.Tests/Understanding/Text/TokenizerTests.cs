using RoleBot.Understanding.Roles;
using RoleBot.Understanding.Text;

namespace RoleBot.Tests.Understanding.Text;

public sealed class TokenizerTests
{
    private static readonly HashSet<string> Contractions = ["what's"];

    [Theory]
    [InlineData("Is the V.P. above the C.O.O.?", "is the vp above the coo")]
    [InlineData("the manager's job", "the manager job")]
    [InlineData("what's a VP's role", "what's a vp role")]
    [InlineData("vice-president", "vice president")]
    [InlineData("the 2nd one", "the 2nd one")]
    public void NormalisesWords(string text, string expected) =>
        Assert.Equal(expected, string.Join(' ', Tokenizer.Tokenize(text, Contractions).Select(t => t.Key)));

    [Fact]
    public void KeepsSpansIntoTheText()
    {
        var token = Tokenizer.Tokenize("is a GM higher", Contractions)[2];
        Assert.Equal("GM", "is a GM higher".Substring(token.Start, token.Length));
    }

    [Theory]
    [InlineData("manager", "manager", 0)]
    [InlineData("manager", "manger", 1)]
    [InlineData("general", "genreal", 1)]
    [InlineData("operations", "opertions", 1)]
    [InlineData("president", "presdient", 1)]
    [InlineData("director", "dirctr", 2)]
    public void CountsTranspositionsAsOneEdit(string a, string b, int expected) => Assert.Equal(expected, EditDistance.Between(a, b, 3));

    [Fact]
    public void DeletionIndexFindsWordsWithinTheEditBudget()
    {
        var index = new DeletionIndex();
        foreach (var word in new[] { "general", "manager", "director", "operations" })
        {
            index.Add(word, 2);
        }

        Assert.Equal("operations", index.Lookup("opertions", 2).First().Word);
        Assert.Equal("general", index.Lookup("genral", 1).Single().Word);
        Assert.Empty(index.Lookup("wizard", 1));
    }
}
