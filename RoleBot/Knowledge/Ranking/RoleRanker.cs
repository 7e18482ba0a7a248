using RoleBot.Content.Knowledge;

namespace RoleBot.Knowledge.Ranking;

/// <summary>
/// Decides who ranks higher. Certainty follows how the knowledge is structured: a reporting chain or one ladder is
/// definite; different tracks at clearly different levels are "usually"; equal levels across tracks, parallel tracks
/// and titles that vary by organisation (founder, partner) are "it depends", because claiming more would mislead.
/// </summary>
public sealed class RoleRanker(IKnowledgeBaseProvider provider)
{
    // A title that varies by organisation still ranks predictably against a role this many rungs away.
    private const int VariesButFarApart = 5;

    public RankVerdict Compare(Role first, Role second)
    {
        var kb = provider.Current;
        var verdict = Verdict(kb, first, second);
        var (low, high) = first.Level <= second.Level ? (first.Level, second.Level) : (second.Level, first.Level);
        return verdict with
        {
            LevelsBetween = [.. kb.Ladder.Where(l => l.Level > low && l.Level < high)],
            Caveats = [.. first.Caveats.Concat(second.Caveats).Distinct()],
            Sources = verdict.Sources.Count > 0 ? verdict.Sources : Supporting(kb, verdict.Chain.Count >= 2 ? verdict.Chain : [first, second]),
        };
    }

    /// <summary>The verdict alone (no ladder rungs, caveats or sources): what the validator checks against caveats.</summary>
    public static RankVerdict Verdict(KnowledgeBase kb, Role first, Role second)
    {
        if (!Same(first, second) && kb.FindOrdering(first.Id, second.Id) is { } ordering)
        {
            var relation = ordering.Higher is null ? RankRelation.Depends
                : string.Equals(ordering.Higher, first.Id, StringComparison.OrdinalIgnoreCase) ? RankRelation.FirstHigher : RankRelation.SecondHigher;
            var certainty = ordering.Higher is null || ordering.Certainty == "itDepends" ? RankCertainty.ItDepends : RankCertainty.Usually;
            return Verdict(first, second, relation, certainty, RankBasis.AuthorsOrdering) with { Because = ordering.Because, Sources = ordering.Sources };
        }

        return Decide(kb, first, second);
    }

    // A ladder or reporting verdict rests on the editorial ladder conventions of the roles it involves, plus a
    // document only when it places both ends: quoted for the level of each, or for a reporting line along the chain.
    // A document that only describes a role's work, or ranks it against some third role, is not cited.
    private static IReadOnlyList<string> Supporting(KnowledgeBase kb, IReadOnlyList<Role> roles)
    {
        var editorial = roles.SelectMany(r => r.Sources.Where(id => kb.FindSource(id) is not { IsDocument: true }));
        var placing = roles.Select(r => r.Evidence.Where(e => e.Claim is "level" || e.Claim.StartsWith("reportsTo", StringComparison.Ordinal))
            .Select(e => e.Source).ToHashSet(StringComparer.OrdinalIgnoreCase)).ToList();
        var documents = roles.Count == 2
            ? placing[0].Intersect(placing[1], StringComparer.OrdinalIgnoreCase)
            : placing.Take(roles.Count - 1).SelectMany(s => s);
        return [.. editorial.Concat(documents).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    public ReportingLine ReportsTo(Role subordinate, Role manager)
    {
        var chain = ReportingGraph.Chain(provider.Current, subordinate, manager);
        var kind = chain.Count switch
        {
            0 or 1 => ReportingKind.NotUsually,
            2 => ReportingKind.Direct,
            _ => ReportingKind.Indirect,
        };
        return new ReportingLine(subordinate, manager, kind, kind == ReportingKind.NotUsually ? [] : chain);
    }

    private static RankVerdict Decide(KnowledgeBase kb, Role first, Role second)
    {
        if (Same(first, second))
        {
            return Verdict(first, second, RankRelation.Peers, RankCertainty.Definitely, RankBasis.SameRole);
        }

        var varies = first.RankVaries || second.RankVaries;
        var up = ReportingGraph.Chain(kb, first, second);
        var down = up.Count > 0 ? up : ReportingGraph.Chain(kb, second, first);
        if (down.Count > 0)
        {
            var relation = up.Count > 0 ? RankRelation.SecondHigher : RankRelation.FirstHigher;
            var certainty = varies ? RankCertainty.Usually : RankCertainty.Definitely;
            return Verdict(first, second, relation, certainty, RankBasis.ReportingLine) with { Chain = down };
        }

        var byLevel = first.Level == second.Level ? RankRelation.Peers
            : first.Level > second.Level ? RankRelation.FirstHigher : RankRelation.SecondHigher;
        if (varies)
        {
            return Math.Abs(first.Level - second.Level) >= VariesButFarApart
                ? Verdict(first, second, byLevel, RankCertainty.Usually, RankBasis.TitleVariesButFarApart)
                : Verdict(first, second, RankRelation.Depends, RankCertainty.ItDepends, RankBasis.TitleVaries);
        }

        var sameTrack = string.Equals(first.Track, second.Track, StringComparison.OrdinalIgnoreCase);
        if (byLevel == RankRelation.Peers)
        {
            return sameTrack
                ? Verdict(first, second, byLevel, RankCertainty.Usually, RankBasis.SameLevelOneLadder)
                : Verdict(first, second, byLevel, RankCertainty.ItDepends, RankBasis.SameLevelDifferentTracks);
        }

        if (sameTrack)
        {
            return Verdict(first, second, byLevel, RankCertainty.Definitely, RankBasis.SameLadder);
        }

        return Parallel(kb, first.Track, second.Track)
            ? Verdict(first, second, byLevel, RankCertainty.ItDepends, RankBasis.ParallelTracks)
            : Verdict(first, second, byLevel, RankCertainty.Usually, RankBasis.DifferentTracks);
    }

    private static bool Parallel(KnowledgeBase kb, string a, string b) =>
        (kb.FindTrack(a)?.ParallelWith.Contains(b, StringComparer.OrdinalIgnoreCase) ?? false)
        || (kb.FindTrack(b)?.ParallelWith.Contains(a, StringComparer.OrdinalIgnoreCase) ?? false);

    private static bool Same(Role a, Role b) => string.Equals(a.Id, b.Id, StringComparison.OrdinalIgnoreCase);

    private static RankVerdict Verdict(Role first, Role second, RankRelation relation, RankCertainty certainty, RankBasis basis) =>
        new() { First = first, Second = second, Relation = relation, Certainty = certainty, Basis = basis };
}
