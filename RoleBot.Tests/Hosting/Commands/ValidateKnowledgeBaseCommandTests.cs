using Microsoft.Extensions.Configuration;
using RoleBot.Hosting.Commands;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Hosting.Commands;

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

    [Fact]
    public void DocumentsFolderMatchingTheSourcesExitsZero()
    {
        var (kb, documents) = KnowledgeBaseWithDocuments("000_f91e78b8f0cc7d8d.txt", ".gitkeep");

        var code = ValidateKnowledgeBaseCommand.Run([kb, "--documents", documents], _configuration, _out, _err);

        Assert.Equal(0, code);
        Assert.Empty(_err.ToString());
        Assert.Equal($"OK: 1 source files found in {documents}, and each of its 1 documents is cited", Lines(_out)[^1]);
    }

    [Fact]
    public void OptionMayComeBeforeTheFile()
    {
        var (kb, documents) = KnowledgeBaseWithDocuments("000_f91e78b8f0cc7d8d.txt");

        Assert.Equal(0, ValidateKnowledgeBaseCommand.Run(["--documents", documents, kb], _configuration, _out, _err));
    }

    [Fact]
    public void SourceFileMissingFromTheDocumentsFolderFailsWithItsPathAndLine()
    {
        var (kb, documents) = KnowledgeBaseWithDocuments("000_f91e78b8f0cc7d8e.txt");

        var code = ValidateKnowledgeBaseCommand.Run([kb, "--documents", documents], _configuration, _out, _err);

        var lines = Lines(_err);
        Assert.Equal(1, code);
        Assert.Contains($"{kb}(3): $.sources[0].file: '000_f91e78b8f0cc7d8d.txt' is not in {documents}", lines);
        Assert.Contains($"{kb}(2): $.sources: no source cites {Path.Combine(documents, "000_f91e78b8f0cc7d8e.txt")}", lines);
        Assert.Equal($"FAILED: 2 errors in {kb}", lines[^1]);
    }

    [Fact]
    public void DocumentNoSourceCitesFails()
    {
        var (kb, documents) = KnowledgeBaseWithDocuments("000_f91e78b8f0cc7d8d.txt", "001_e92c5723d2a9a64c.txt");

        var code = ValidateKnowledgeBaseCommand.Run([kb, "--documents", documents], _configuration, _out, _err);

        Assert.Equal(1, code);
        Assert.Equal($"{kb}(2): $.sources: no source cites {Path.Combine(documents, "001_e92c5723d2a9a64c.txt")}", Lines(_err)[0]);
    }

    [Fact]
    public void MissingDocumentsFolderFails()
    {
        var (kb, documents) = KnowledgeBaseWithDocuments();
        Directory.Delete(documents);

        var code = ValidateKnowledgeBaseCommand.Run([kb, "--documents", documents], _configuration, _out, _err);

        Assert.Equal(1, code);
        Assert.Contains($"the documents folder {documents} does not exist", _err.ToString());
    }

    [Theory]
    [InlineData("--documents")]
    [InlineData("kb.json", "--documents")]
    [InlineData("--documents", "a", "--documents", "b")]
    [InlineData("--document", "a")]
    public void MalformedDocumentsOptionPrintsUsage(params string[] arguments)
    {
        Assert.Equal(2, ValidateKnowledgeBaseCommand.Run(arguments, _configuration, _out, _err));
        Assert.Contains("usage: validate-kb [file] [--documents <folder>]", _err.ToString());
    }

    [Fact]
    public void QuotesFoundInTheirDocumentsAreCounted()
    {
        var (kb, documents) = KnowledgeBaseWithDocuments("000_f91e78b8f0cc7d8d.txt");

        Assert.Equal(0, ValidateKnowledgeBaseCommand.Run([kb, "--documents", documents], _configuration, _out, _err));
        Assert.Contains("OK: 2 quotes found verbatim in the documents they cite", Lines(_out));
    }

    [Fact]
    public void QuoteMatchesWhateverTheWhitespace()
    {
        var (kb, documents) = KnowledgeBaseWithDocuments("000_f91e78b8f0cc7d8d.txt");
        File.WriteAllText(Path.Combine(documents, "000_f91e78b8f0cc7d8d.txt"), "A project\tmanager  manages projects.\nProject managers and product\nmanagers are parallel roles.\n");

        Assert.Equal(0, ValidateKnowledgeBaseCommand.Run([kb, "--documents", documents], _configuration, _out, _err));
        Assert.Empty(_err.ToString());
    }

    [Fact]
    public void QuoteTheDocumentDoesNotContainFails()
    {
        var (kb, documents) = KnowledgeBaseWithDocuments("000_f91e78b8f0cc7d8d.txt");
        File.WriteAllText(Path.Combine(documents, "000_f91e78b8f0cc7d8d.txt"), "A project manager manages programs.\nProject managers and product managers are parallel roles.\n");

        var code = ValidateKnowledgeBaseCommand.Run([kb, "--documents", documents], _configuration, _out, _err);

        Assert.Equal(1, code);
        Assert.Contains(Lines(_err), l => l.StartsWith($"{kb}(", StringComparison.Ordinal)
            && l.EndsWith("$.roles[2].evidence[0].quote: not found in 000_f91e78b8f0cc7d8d.txt: \"A project manager manages projects.\"", StringComparison.Ordinal));
        Assert.Equal($"FAILED: 1 error in {kb}", Lines(_err)[^1]);
    }

    [Fact]
    public void QuoteOnAnotherLineThanItSaysFails()
    {
        var (kb, documents) = KnowledgeBaseWithDocuments("000_f91e78b8f0cc7d8d.txt");
        File.WriteAllText(Path.Combine(documents, "000_f91e78b8f0cc7d8d.txt"), "Project managers and product managers are parallel roles.\nA project manager manages projects.\n");

        var code = ValidateKnowledgeBaseCommand.Run([kb, "--documents", documents], _configuration, _out, _err);

        var lines = Lines(_err);
        Assert.Equal(1, code);
        Assert.Contains(lines, l => l.EndsWith("$.roles[2].evidence[0].line: the quote starts on line 2 of 000_f91e78b8f0cc7d8d.txt, not 1", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("$.comparisons[0].evidence[0].line: the quote starts on line 1 of 000_f91e78b8f0cc7d8d.txt, not 2", StringComparison.Ordinal));
    }

    [Fact]
    public void StatementCitingADocumentWithoutAQuoteFails()
    {
        var (kb, documents) = KnowledgeBaseWithDocuments("000_f91e78b8f0cc7d8d.txt");
        File.WriteAllText(kb, File.ReadAllText(kb).Replace("\"relatedRoles\": [\"ceo\"], \"sources\": [\"editorial\"]", "\"relatedRoles\": [\"ceo\"], \"sources\": [\"seed\"]", StringComparison.Ordinal));

        var code = ValidateKnowledgeBaseCommand.Run([kb, "--documents", documents], _configuration, _out, _err);

        Assert.Equal(1, code);
        Assert.Contains(Lines(_err), l => l.EndsWith("$.faqs[0].sources[0]: cites 000_f91e78b8f0cc7d8d.txt but quotes no passage of it: add evidence, or cite the editorial notes instead", StringComparison.Ordinal));
    }

    // minimal.kb.json cites one document (000_f91e78b8f0cc7d8d.txt) and one repository file (notes/editorial.md);
    // each document written here holds the two passages it quotes, on the lines it gives.
    private (string KnowledgeBase, string Documents) KnowledgeBaseWithDocuments(params string[] documents)
    {
        var kb = Path.Combine(_folder, "case.kb.json");
        File.Copy(KnowledgeTestPaths.TestData("minimal.kb.json"), kb);
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "documents")).FullName;
        foreach (var document in documents)
        {
            File.WriteAllText(Path.Combine(folder, document), "A project manager manages projects.\nProject managers and product managers are parallel roles.\n");
        }

        return (kb, folder);
    }

    private static string[] Lines(StringWriter writer) =>
        writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
