using System.Text;

namespace RoleBot.Insights.Report;

/// <summary>
/// Groups questions that differ only in case, punctuation, articles or a word or two (token sets at least 75%
/// alike), and unknown titles by their words; most asked first.
/// </summary>
public static class GapGrouper
{
    public const string QuestionKind = "question";
    public const string TitleKind = "unknown title";
    public const string AnswerKind = "unhelpful answer";
    private const double Alike = 0.75;
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal) { "a", "an", "the", "please", "pls" };

    public static IReadOnlyList<GapGroup> Group(IReadOnlyList<KnowledgeGap> gaps)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        var clusters = new List<Cluster>();
        foreach (var gap in gaps.Where(g => !string.IsNullOrWhiteSpace(g.Question)))
        {
            var words = Words(gap.Question!);
            var cluster = clusters.FirstOrDefault(c => c.Kind == QuestionKind && Similarity(c.Words, words) >= Alike);
            if (cluster is null)
            {
                clusters.Add(cluster = new Cluster(QuestionKind, words));
            }

            cluster.Add(gap, gap.Question!);
        }

        foreach (var gap in gaps)
        {
            foreach (var title in gap.UnknownTitles)
            {
                var words = Words(title);
                var cluster = clusters.FirstOrDefault(c => c.Kind == TitleKind && c.Words.SetEquals(words));
                if (cluster is null)
                {
                    clusters.Add(cluster = new Cluster(TitleKind, words) { Label = title });
                }

                cluster.Add(gap, gap.Question ?? title);
            }
        }

        // A "not helpful" vote names the answer it was about; votes on the same answer are one line.
        foreach (var gap in gaps.Where(g => g.Answer is not null))
        {
            var cluster = clusters.FirstOrDefault(c => c.Kind == AnswerKind && c.Label == gap.Answer);
            if (cluster is null)
            {
                clusters.Add(cluster = new Cluster(AnswerKind, []) { Label = gap.Answer });
            }

            cluster.Add(gap, gap.Question ?? gap.Answer!);
        }

        return [.. clusters.Select(c => c.ToGroup()).OrderByDescending(g => g.Count).ThenByDescending(g => g.LastSeen).ThenBy(g => g.Text, StringComparer.Ordinal)];
    }

    private static HashSet<string> Words(string text)
    {
        var letters = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            letters.Append(char.IsLetterOrDigit(c) || c == '[' || c == ']' ? c : ' ');
        }

        return [.. letters.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Filler.Contains(w))];
    }

    private static double Similarity(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 1 : (double)a.Intersect(b).Count() / a.Union(b).Count();

    private sealed class Cluster(string kind, HashSet<string> words)
    {
        private readonly List<(KnowledgeGap Gap, string Example)> _members = [];

        public string Kind { get; } = kind;

        public HashSet<string> Words { get; } = words;

        public string? Label { get; init; }

        public void Add(KnowledgeGap gap, string example) => _members.Add((gap, example));

        public GapGroup ToGroup()
        {
            // The wording most people used stands for the group; the examples are the two most common others.
            var wordings = _members.GroupBy(m => m.Example, StringComparer.OrdinalIgnoreCase).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();
            return new GapGroup(
                Kind,
                Label ?? wordings[0],
                _members.Count,
                _members.Min(m => m.Gap.At),
                _members.Max(m => m.Gap.At),
                [.. (Label is null ? wordings.Skip(1) : wordings).Concat(Label is null ? wordings.Take(1) : []).Distinct().Take(2)],
                [.. _members.Select(m => m.Gap.Reason.Tag()).Distinct().Order(StringComparer.Ordinal)]);
        }
    }
}
