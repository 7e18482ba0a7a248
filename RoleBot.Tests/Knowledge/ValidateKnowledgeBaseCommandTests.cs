using Microsoft.Extensions.Configuration;
using RoleBot.Knowledge;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Knowledge;

public sealed class ValidateKnowledgeBaseCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rolebot-validate-").FullName;
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();
    private readonly IConfiguration _configuration = new ConfigurationBuilder().Build();

    [Fact]
    public void ValidFileExitsZeroWithSummary()
    {
        var code = ValidateKnowledgeBaseCommand.Run([KnowledgeTestPaths.ShippedKnowledgeBase], _configuration, _out, _err);

        var kb = ShippedKnowledgeBase.Instance;
        Assert.Equal(0, code);
        Assert.Equal($"OK: {kb.Roles.Count} roles, {kb.Comparisons.Count} comparisons, {kb.Faqs.Count} FAQs", _out.ToString().Trim());
        Assert.Empty(_err.ToString());
    }

    [Fact]
    public void NoArgumentValidatesTheShippedFile()
    {
        var code = ValidateKnowledgeBaseCommand.Run([], _configuration, _out, _err);

        Assert.Equal(0, code);
        Assert.StartsWith("OK: ", _out.ToString());
    }

    [Fact]
    public void InvalidFileExitsOneWithEachErrorOnItsOwnLine()
    {
        var path = Path.Combine(_folder, "bad.kb.json");
        File.WriteAllText(path, File.ReadAllText(KnowledgeTestPaths.TestData("minimal.kb.json"))
            .Replace("\"track\": \"product\"", "\"track\": \"galactic\"")
            .Replace("\"relatedRoles\": [\"ceo\"]", "\"relatedRoles\": [\"emperor\"]"));

        var code = ValidateKnowledgeBaseCommand.Run([path], _configuration, _out, _err);

        var lines = _err.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(1, code);
        Assert.Contains(lines, l => l.StartsWith(path, StringComparison.Ordinal) && l.EndsWith("$.roles[3].track: unknown track 'galactic'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("$.faqs[0].relatedRoles[0]: unknown role 'emperor'", StringComparison.Ordinal));
        Assert.Equal($"FAILED: 2 errors in {path}", lines[^1]);
        Assert.Empty(_out.ToString());
    }

    [Fact]
    public void MissingFileExitsOne()
    {
        var code = ValidateKnowledgeBaseCommand.Run([Path.Combine(_folder, "absent.json")], _configuration, _out, _err);

        Assert.Equal(1, code);
        Assert.Contains("cannot read the file", _err.ToString());
    }

    [Fact]
    public void TooManyArgumentsPrintUsage()
    {
        Assert.Equal(2, ValidateKnowledgeBaseCommand.Run(["a", "b"], _configuration, _out, _err));
        Assert.Contains("usage: validate-kb", _err.ToString());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
