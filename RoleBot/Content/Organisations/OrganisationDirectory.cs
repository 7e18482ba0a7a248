using RoleBot.Organisations;
using RoleBot.Organisations.Validation;

namespace RoleBot.Content.Organisations;

/// <summary>
/// Every organisation under dialogs/organisations/, each its own <see cref="ContentSource{T}"/>: an edit reloads
/// that organisation alone and a broken edit keeps its last good version. At startup a broken organisation is
/// logged and skipped so the others still serve. The tenant and team index is rebuilt when an organisation
/// reloads, checked at most once per <see cref="ContentSource{T}.CheckInterval"/>; a lookup is one dictionary hit.
/// </summary>
public sealed class OrganisationDirectory : IOrganisationDirectory
{
    private readonly List<ContentSource<Organisation>> _sources = [];
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private volatile OrganisationIndex _index = OrganisationIndex.Empty;
    private long _lastCheck;

    public OrganisationDirectory(string root, ILogger<OrganisationDirectory> logger, TimeProvider time)
    {
        _time = time;
        Root = root;
        var folders = Directory.Exists(root) ? Directory.GetDirectories(root).Order(StringComparer.Ordinal) : Enumerable.Empty<string>();
        var index = OrganisationIndex.Of([]);
        _index = index;
        foreach (var folder in folders)
        {
            try
            {
                var source = new ContentSource<Organisation>(
                    $"organisation {Path.GetFileName(folder)}", folder, OrganisationLoader.Files(folder), () => LoadChecked(folder), logger, time);
                _sources.Add(source);
                index.Add(source.Current);
            }
            catch (OrganisationException e)
            {
                OrganisationLog.Skipped(logger, Path.GetFileName(folder), e.Problems.Count, string.Join("; ", e.Problems));
            }
        }

        _lastCheck = time.GetTimestamp();
    }

    public string Root { get; }

    public IReadOnlyList<Organisation> All => Index().Organisations;

    public Organisation? Find(OrganisationKey? key) => key is null ? null : Index().Find(key);

    private OrganisationIndex Index()
    {
        if (_time.GetElapsedTime(Interlocked.Read(ref _lastCheck)) >= ContentSource<Organisation>.CheckInterval)
        {
            lock (_gate)
            {
                Interlocked.Exchange(ref _lastCheck, _time.GetTimestamp());
                var current = _sources.Select(s => s.Current).ToList();
                if (!current.SequenceEqual(_index.Organisations, ReferenceEqualityComparer.Instance))
                {
                    _index = OrganisationIndex.Of(current);
                }
            }
        }

        return _index;
    }

    // A tenant or team that another organisation already claims would let one tenant's users see another's ladder.
    private Organisation LoadChecked(string folder)
    {
        var organisation = OrganisationLoader.Load(folder);
        var index = _index;
        var problems = new List<OrganisationProblem>();
        var json = Path.Combine(folder, OrganisationJson.FileName);
        // Looked up in the index, not by going over every other organisation: loading N organisations stays linear.
        Claimed(organisation.TeamsTenantIds, index.ClaimedByOthers(OrganisationKeyKind.TeamsTenant, organisation.TeamsTenantIds, organisation.Id), "teamsTenantIds", json, problems);
        Claimed(organisation.SlackTeamIds, index.ClaimedByOthers(OrganisationKeyKind.SlackTeam, organisation.SlackTeamIds, organisation.Id), "slackTeamIds", json, problems);
        return problems.Count == 0 ? organisation : throw new OrganisationException(problems);
    }

    public static void Claimed(IReadOnlyList<string> ids, IEnumerable<(string Id, string Owner)> claimed, string property, string json, List<OrganisationProblem> problems)
    {
        var owners = claimed.GroupBy(c => c.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Owner, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < ids.Count; i++)
        {
            if (owners.TryGetValue(ids[i], out var owner))
            {
                var (line, column) = OrganisationJson.PositionOf(File.ReadAllBytes(json), property, i);
                problems.Add(new(json, line, column, $"'{ids[i]}' is already claimed by organisation '{owner}'"));
            }
        }
    }
}
