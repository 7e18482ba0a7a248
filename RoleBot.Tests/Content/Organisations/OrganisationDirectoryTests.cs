using Microsoft.Extensions.Logging.Abstractions;
using RoleBot.Content;
using RoleBot.Content.Organisations;
using RoleBot.Organisations;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Content.Organisations;

public class OrganisationDirectoryTests
{
    private const string TenantA = "aaaaaaaa-0000-4000-8000-000000000001";
    private const string TenantB = "bbbbbbbb-0000-4000-8000-000000000002";

    [Fact]
    public void LoadsTheShippedSampleWithAboutFortyTitlesOnTwoTracks()
    {
        var directory = new OrganisationDirectory(TestOrganisations.ShippedRoot, NullLogger<OrganisationDirectory>.Instance, new ManualTimeProvider());

        var contoso = Assert.Single(directory.All, o => o.Id == "contoso");
        Assert.InRange(contoso.Ladder.Titles.Count, 35, 45);
        Assert.Equal(["Engineering", "Sales"], contoso.Ladder.Titles.Select(t => t.Track).OfType<string>().Distinct().Order());
        Assert.Same(contoso, directory.Find(new OrganisationKey(OrganisationKeyKind.TeamsTenant, "11111111-2222-3333-4444-555555555555")));
        Assert.Same(contoso, directory.Find(new OrganisationKey(OrganisationKeyKind.SlackTeam, "TCONTOSO01")));
        Assert.Same(contoso, directory.Find(new OrganisationKey(OrganisationKeyKind.Configured, "contoso")));
    }

    [Fact]
    public void AnUnknownTenantHasNoOrganisation()
    {
        var directory = new OrganisationDirectory(TestOrganisations.ShippedRoot, NullLogger<OrganisationDirectory>.Instance, new ManualTimeProvider());

        Assert.Null(directory.Find(new OrganisationKey(OrganisationKeyKind.TeamsTenant, TenantB)));
        Assert.Null(directory.Find(null));
    }

    [Fact]
    public void SkipsABrokenOrganisationAtStartupAndLoadsTheOthers()
    {
        var root = TestOrganisations.TempRoot();
        TestOrganisations.Write(root, "alpha", "Alpha", "Director,five,,,\n", [TenantA]);
        TestOrganisations.Write(root, "beta", "Beta", "Director,5,,,\n", [TenantB]);
        var log = new LogSink();

        var directory = new OrganisationDirectory(root, log.For<OrganisationDirectory>(), new ManualTimeProvider());

        Assert.Equal(["beta"], directory.All.Select(o => o.Id));
        Assert.Contains(log.Entries, e => e.Line.Contains("alpha", StringComparison.Ordinal) && e.Line.Contains("ladder.csv(2,10)", StringComparison.Ordinal));
    }

    [Fact]
    public void ABrokenEditKeepsTheLastGoodVersionAndAFixedOneReloads()
    {
        var root = TestOrganisations.TempRoot();
        var folder = TestOrganisations.Write(root, "alpha", "Alpha", "Director,5,,,\n", [TenantA]);
        var time = new ManualTimeProvider();
        var directory = new OrganisationDirectory(root, NullLogger<OrganisationDirectory>.Instance, time);
        var key = new OrganisationKey(OrganisationKeyKind.TeamsTenant, TenantA);

        File.WriteAllText(Path.Combine(folder, "ladder.csv"), TestOrganisations.Header + "Director,5,,Nobody,\n");
        time.Advance(ContentSource<Organisation>.CheckInterval);
        Assert.Equal(5, directory.Find(key)!.Ladder.Find("director")!.Level);

        File.WriteAllText(Path.Combine(folder, "ladder.csv"), TestOrganisations.Header + "Director,7,,,\nGroup Head,8,,,\n");
        time.Advance(ContentSource<Organisation>.CheckInterval);
        Assert.Equal(7, directory.Find(key)!.Ladder.Find("director")!.Level);
    }

    [Fact]
    public void ATenantClaimedByTwoOrganisationsServesOnlyTheFirst()
    {
        var root = TestOrganisations.TempRoot();
        TestOrganisations.Write(root, "alpha", "Alpha", "Director,5,,,\n", [TenantA]);
        TestOrganisations.Write(root, "beta", "Beta", "Director,6,,,\n", [TenantB, TenantA]);
        var log = new LogSink();

        var directory = new OrganisationDirectory(root, log.For<OrganisationDirectory>(), new ManualTimeProvider());

        Assert.Equal(["alpha"], directory.All.Select(o => o.Id));
        Assert.Contains(log.Entries, e => e.Line.Contains("already claimed by organisation 'alpha'", StringComparison.Ordinal));
    }
}
