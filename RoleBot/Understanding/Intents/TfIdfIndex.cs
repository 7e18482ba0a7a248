namespace RoleBot.Understanding.Intents;

/// <summary>
/// Cosine similarity between a query and labelled documents under TF-IDF weights. An inverted index means a
/// query only touches documents that share a feature with it.
/// </summary>
public sealed class TfIdfIndex<TLabel> where TLabel : notnull
{
    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Doc, double Weight)[]> _postings = new(StringComparer.Ordinal);
    private readonly List<TLabel> _labels = [];
    private readonly int _labelCount;

    public TfIdfIndex(IEnumerable<(TLabel Label, IReadOnlyList<string> Features)> documents)
    {
        var docs = documents.Where(d => d.Features.Count > 0).ToList();
        foreach (var feature in docs.SelectMany(d => d.Features.Distinct()))
        {
            _idf[feature] = _idf.GetValueOrDefault(feature) + 1;
        }

        foreach (var feature in _idf.Keys.ToList())
        {
            _idf[feature] = Math.Log((docs.Count + 1) / (_idf[feature] + 1)) + 1;
        }

        var postings = new Dictionary<string, List<(int Doc, double Weight)>>(StringComparer.Ordinal);
        foreach (var (label, features) in docs)
        {
            var doc = _labels.Count;
            _labels.Add(label);
            foreach (var (feature, weight) in Vector(features))
            {
                if (!postings.TryGetValue(feature, out var list))
                {
                    postings[feature] = list = [];
                }

                list.Add((doc, weight));
            }
        }

        foreach (var (feature, list) in postings)
        {
            _postings[feature] = [.. list];
        }

        _labelCount = _labels.Distinct().Count();
    }

    /// <summary>The best cosine per label, for labels that share at least one feature with the query.</summary>
    public Dictionary<TLabel, double> BestPerLabel(IReadOnlyList<string> features)
    {
        // Per-thread buffers: a question touches a few of the documents, and allocating per question dominated the cost.
        var scratch = _scratch ??= new Scratch();
        var (sums, seen) = scratch.Documents(_labels.Count);
        var touched = scratch.Touched;
        touched.Clear();
        foreach (var (feature, weight) in Vector(features, scratch))
        {
            if (!_postings.TryGetValue(feature, out var list))
            {
                continue;
            }

            foreach (var (doc, docWeight) in list)
            {
                if (!seen[doc])
                {
                    seen[doc] = true;
                    touched.Add(doc);
                    sums[doc] = 0;
                }

                sums[doc] += weight * docWeight;
            }
        }

        // Labels in the order their documents were first touched, as callers break ties by that order.
        var best = new Dictionary<TLabel, double>(Math.Min(touched.Count, _labelCount));
        foreach (var doc in touched)
        {
            var label = _labels[doc];
            best[label] = Math.Max(best.GetValueOrDefault(label), Math.Min(1, sums[doc]));
            seen[doc] = false;
        }

        return best;
    }

    [ThreadStatic]
    private static Scratch? _scratch;

    // Unknown query features still count towards the query's length, so unexplained words lower the score.
    private Dictionary<string, double> Vector(IReadOnlyList<string> features, Scratch? scratch = null)
    {
        var counts = scratch?.Counts ?? new Dictionary<string, int>(StringComparer.Ordinal);
        counts.Clear();
        foreach (var feature in features)
        {
            counts[feature] = counts.GetValueOrDefault(feature) + 1;
        }

        // Insertion order is first occurrence, the order GroupBy gave before: the sums below add up in the same order.
        var vector = scratch?.Vector ?? new Dictionary<string, double>(StringComparer.Ordinal);
        vector.Clear();
        var squares = 0.0;
        foreach (var (feature, count) in counts)
        {
            var idf = _idf.TryGetValue(feature, out var value) ? value : Math.Log(_labels.Count + 2) + 1;
            var weight = (1 + Math.Log(count)) * idf;
            vector[feature] = weight;
            squares += weight * weight;
        }

        var norm = Math.Sqrt(squares);
        foreach (var (feature, _) in counts)
        {
            vector[feature] /= norm;
        }

        return vector;
    }

    private sealed class Scratch
    {
        private double[] _sums = [];
        private bool[] _seen = [];

        public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, double> Vector { get; } = new(StringComparer.Ordinal);
        public List<int> Touched { get; } = [];

        public (double[] Sums, bool[] Seen) Documents(int documents)
        {
            if (_sums.Length < documents)
            {
                (_sums, _seen) = (new double[documents], new bool[documents]);
            }

            return (_sums, _seen);
        }
    }
}
