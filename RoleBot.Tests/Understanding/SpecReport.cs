using System.Text;
using RoleBot.Understanding;

namespace RoleBot.Tests.Understanding;

/// <summary>Accuracy, per-intent precision/recall/F1 and the most common confusions over a spec file.</summary>
public sealed class SpecReport
{
    private readonly List<(UtteranceSpec Spec, UnderstandingResult Result)> _rows = [];

    public void Add(UtteranceSpec spec, UnderstandingResult result) => _rows.Add((spec, result));

    public int Count => _rows.Count;
    public double IntentAccuracy => Fraction(r => r.Result.Intent == r.Spec.Intent);
    public double RoleAccuracy => Fraction(r => r.Spec.RolesMatch(r.Result));
    public double DetailAccuracy => Fraction(r => r.Spec.DetailsMatch(r.Result));
    public double OutOfScopeRecall => Recall(Intent.OutOfScope);

    /// <summary>In-scope questions wrongly treated as out of scope.</summary>
    public double FalseRejections
    {
        get
        {
            var inScope = _rows.Where(r => r.Spec.Intent is not (Intent.OutOfScope or Intent.None)).ToList();
            return inScope.Count == 0 ? 0 : (double)inScope.Count(r => r.Result.Intent == Intent.OutOfScope) / inScope.Count;
        }
    }

    public double Recall(Intent intent)
    {
        var expected = _rows.Where(r => r.Spec.Intent == intent).ToList();
        return expected.Count == 0 ? 1 : (double)expected.Count(r => r.Result.Intent == intent) / expected.Count;
    }

    public string Render(string title)
    {
        var text = new StringBuilder();
        text.AppendLine($"{title}: {Count} utterances; intent accuracy {IntentAccuracy:P1}, role accuracy {RoleAccuracy:P1}, details {DetailAccuracy:P1}, out-of-scope recall {OutOfScopeRecall:P1}, false rejections {FalseRejections:P1}");
        text.AppendLine($"{"intent",-13} {"n",4} {"prec",6} {"rec",6} {"F1",6}");
        foreach (var intent in Enum.GetValues<Intent>())
        {
            var expected = _rows.Count(r => r.Spec.Intent == intent);
            var predicted = _rows.Count(r => r.Result.Intent == intent);
            var correct = _rows.Count(r => r.Spec.Intent == intent && r.Result.Intent == intent);
            if (expected + predicted == 0)
            {
                continue;
            }

            var precision = predicted == 0 ? 0 : (double)correct / predicted;
            var recall = expected == 0 ? 0 : (double)correct / expected;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            text.AppendLine($"{intent,-13} {expected,4} {precision,6:F2} {recall,6:F2} {f1,6:F2}");
        }

        text.AppendLine("confusions (expected → got: count):");
        foreach (var group in _rows.Where(r => r.Result.Intent != r.Spec.Intent).GroupBy(r => (r.Spec.Intent, r.Result.Intent)).OrderByDescending(g => g.Count()))
        {
            text.AppendLine($"  {group.Key.Item1} → {group.Key.Item2}: {group.Count()}");
        }

        text.AppendLine("misses:");
        foreach (var (spec, result) in _rows.Where(r => r.Result.Intent != r.Spec.Intent || !r.Spec.RolesMatch(r.Result) || !r.Spec.DetailsMatch(r.Result)))
        {
            var roles = string.Join(" | ", result.Roles.Select(m => $"{m.Text}=[{string.Join(",", m.Candidates)}]"));
            var shown = spec.Text.Length > 80 ? spec.Text[..80] + "…" : spec.Text;
            text.AppendLine($"  \"{shown}\" expected {spec.Intent} got {result.Intent} ({result.Confidence:F2}; alt {string.Join(",", result.Alternatives.Select(a => $"{a.Intent}:{a.Score:F2}"))}) roles {roles} unknown [{string.Join(",", result.UnknownRoles)}] faq {result.FaqId} lower {result.AsksLower} ord {result.Ordinal}");
        }

        return text.ToString();
    }

    private double Fraction(Func<(UtteranceSpec Spec, UnderstandingResult Result), bool> predicate) =>
        _rows.Count == 0 ? 0 : (double)_rows.Count(predicate) / _rows.Count;
}
