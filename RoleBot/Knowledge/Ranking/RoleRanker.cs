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
        var verdict = Decide(kb, first, second);
        var (low, high) = first.Level <= second.Level ? (first.Level, second.Level) : (second.Level, first.Level);
        return verdict with
        {
            LevelsBetween = [.. kb.Ladder.Where(l => l.Level > low && l.Level < high)],
            Caveats = [.. first.Caveats.Concat(second.Caveats).Distinct()],
            Sources = [.. first.Sources.Concat(second.Sources).Distinct(StringComparer.OrdinalIgnoreCase)],
        };
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
