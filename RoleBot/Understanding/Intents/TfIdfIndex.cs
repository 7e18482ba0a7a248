namespace RoleBot.Understanding.Intents;

/// <summary>
/// Cosine similarity between a query and labelled documents under TF-IDF weights. An inverted index means a
/// query only touches documents that share a feature with it.
/// </summary>
public sealed class TfIdfIndex<TLabel> where TLabel : notnull
{
    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(int Doc, double Weight)>> _postings = new(StringComparer.Ordinal);
    private readonly List<TLabel> _labels = [];

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

        foreach (var (label, features) in docs)
        {
            var doc = _labels.Count;
            _labels.Add(label);
            foreach (var (feature, weight) in Vector(features))
            {
                if (!_postings.TryGetValue(feature, out var list))
                {
                    _postings[feature] = list = [];
                }

                list.Add((doc, weight));
            }
        }
    }

    /// <summary>The best cosine per label, for labels that share at least one feature with the query.</summary>
    public Dictionary<TLabel, double> BestPerLabel(IReadOnlyList<string> features)
    {
        var sums = new Dictionary<int, double>();
        foreach (var (feature, weight) in Vector(features))
        {
            if (!_postings.TryGetValue(feature, out var list))
            {
                continue;
            }

            foreach (var (doc, docWeight) in list)
            {
                sums[doc] = sums.GetValueOrDefault(doc) + (weight * docWeight);
            }
        }

        var best = new Dictionary<TLabel, double>();
        foreach (var (doc, sum) in sums)
        {
            var label = _labels[doc];
            best[label] = Math.Max(best.GetValueOrDefault(label), Math.Min(1, sum));
        }

        return best;
    }

    // Unknown query features still count towards the query's length, so unexplained words lower the score.
    private Dictionary<string, double> Vector(IReadOnlyList<string> features)
    {
        var vector = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var group in features.GroupBy(f => f, StringComparer.Ordinal))
        {
            var idf = _idf.TryGetValue(group.Key, out var value) ? value : Math.Log(_labels.Count + 2) + 1;
            vector[group.Key] = (1 + Math.Log(group.Count())) * idf;
        }

        var norm = Math.Sqrt(vector.Values.Sum(v => v * v));
        foreach (var key in vector.Keys.ToList())
        {
            vector[key] /= norm;
        }

        return vector;
    }
}
