using Microsoft.Extensions.Configuration;
using RoleBot.Hosting.Commands;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Hosting.Commands;

public sealed class ValidateOrganisationCommandTests
{
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();
    private readonly IConfiguration _configuration = new ConfigurationBuilder().Build();

    [Fact]
    public void TheShippedSampleIsValid()
    {
        var code = ValidateOrganisationCommand.Run(TestOrganisations.ShippedSample, _configuration, _out, _err);

        Assert.Equal(0, code);
        Assert.StartsWith("OK: Contoso: 39 titles on 2 tracks", _out.ToString(), StringComparison.Ordinal);
        Assert.Empty(_err.ToString());
    }

    [Fact]
    public void EachProblemIsPrintedWithFileLineAndColumn()
    {
        var root = TestOrganisations.TempRoot();
        var folder = TestOrganisations.Write(root, "alpha", "Alpha", "Director,5,,,DIR\nDirector,6,,,\nManager,x,,,\nLead,3,,Ghost,DIR\n", ["not-a-guid"]);

        var code = ValidateOrganisationCommand.Run(folder, _configuration, _out, _err);

        var lines = _err.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var csv = Path.Combine(folder, "ladder.csv");
        Assert.Equal(1, code);
        Assert.Contains(lines, l => l.StartsWith(Path.Combine(folder, "organisation.json") + "(3,22): unknown Teams tenant id format 'not-a-guid'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(csv + "(3,1): duplicate title 'Director'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(csv + "(4,9): the level of 'Manager' is 'x'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(csv + "(5,9): 'Lead' reports to 'Ghost'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(csv + "(5,15): duplicate alias 'DIR'", StringComparison.Ordinal));
        Assert.Equal($"FAILED: 5 problems in {folder}", lines[^1]);
    }

    [Fact]
    public void ATenantAnotherOrganisationClaimsIsAProblem()
    {
        var root = TestOrganisations.TempRoot();
        const string tenant = "aaaaaaaa-0000-4000-8000-000000000001";
        TestOrganisations.Write(root, "alpha", "Alpha", "Director,5,,,\n", [tenant]);
        var beta = TestOrganisations.Write(root, "beta", "Beta", "Director,5,,,\n", [], ["TBETA00001"]);
        File.WriteAllText(Path.Combine(beta, "organisation.json"), TestOrganisations.Json("Beta", [tenant], []));

        var code = ValidateOrganisationCommand.Run(beta, _configuration, _out, _err);

        Assert.Equal(1, code);
        Assert.Contains($"organisation.json(3,22): '{tenant}' is already claimed by organisation 'alpha'", _err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingFolderExitsOne()
    {
        Assert.Equal(1, ValidateOrganisationCommand.Run(Path.Combine(TestOrganisations.TempRoot(), "absent"), _configuration, _out, _err));
    }
}
