using System.Text;
using RoleBot.Content.Knowledge;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Ranking;
using RoleBot.Understanding;

namespace RoleBot.Tests.Understanding.Realistic;

/// <summary>Per-class intent, role and verdict accuracy of the recognizer over realistic cases.</summary>
public sealed class RealisticScore(KnowledgeBase kb)
{
    private readonly RoleRanker _ranker = new(new FixedKnowledgeBaseProvider(kb));
    private readonly List<Row> _rows = [];

    private sealed record Row(RealisticCase Case, UnderstandingResult Result, bool IntentOk, bool RolesOk, bool? VerdictOk);

    public void Add(RealisticCase c, UnderstandingResult result)
    {
        var intentOk = result.Intent == c.Intent;
        var rolesOk = result.UnknownRoles.Count == 0
            && result.Roles.Count == c.Roles.Count
            && result.Roles.Zip(c.Roles).All(p => p.First.Candidates.Order(StringComparer.OrdinalIgnoreCase)
                .SequenceEqual(p.Second.Order(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase));
        bool? verdictOk = c.Verdict is null ? null : Verdict(result.Roles.Select(r => r.Candidates).ToList()) == c.Verdict;
        _rows.Add(new Row(c, result, intentOk, rolesOk, verdictOk));
    }

    /// <summary>The knowledge base's relation between the first two roles; "differs" when their senses disagree.</summary>
    public string? Verdict(IReadOnlyList<IReadOnlyList<string>> roles)
    {
        if (roles.Count != 2)
        {
            return null;
        }

        var labels = (from a in roles[0]
                      from b in roles[1]
                      let first = kb.FindRole(a)
                      let second = kb.FindRole(b)
                      where first is not null && second is not null
                      select RealisticCase.Label(_ranker.Compare(first, second).Relation)).Distinct().ToList();
        return labels.Count == 1 ? labels[0] : "differs";
    }

    public IEnumerable<string> Classes => _rows.Select(r => r.Case.Class).Distinct();

    public double Intent(string? cls = null) => Fraction(cls, r => r.IntentOk);

    public double Roles(string? cls = null) => Fraction(cls, r => r.RolesOk);

    public double Verdicts(string? cls = null)
    {
        var rows = Of(cls).Where(r => r.VerdictOk is not null).ToList();
        return rows.Count == 0 ? 1 : (double)rows.Count(r => r.VerdictOk == true) / rows.Count;
    }

    /// <summary>Intent, roles and verdict all right: the bot understood the message.</summary>
    public double Overall(string? cls = null) => Fraction(cls, r => r.IntentOk && r.RolesOk && r.VerdictOk != false);

    public int Count => _rows.Count;

    public string Render(string title)
    {
        var text = new StringBuilder();
        text.AppendLine($"{title}: {Count} messages; all right {Overall():P1}, intent {Intent():P1}, roles {Roles():P1}, verdict {Verdicts():P1}");
        text.AppendLine($"{"class",-10} {"n",4} {"all",7} {"intent",7} {"roles",7} {"verdict",7}");
        foreach (var cls in Classes)
        {
            text.AppendLine($"{cls,-10} {Of(cls).Count(),4} {Overall(cls),7:P1} {Intent(cls),7:P1} {Roles(cls),7:P1} {Verdicts(cls),7:P1}");
        }

        text.AppendLine("misses:");
        foreach (var row in _rows.Where(r => !r.IntentOk || !r.RolesOk || r.VerdictOk == false))
        {
            var shown = row.Case.Text.Length > 90 ? row.Case.Text[..90] + "…" : row.Case.Text;
            var roles = string.Join(" | ", row.Result.Roles.Select(m => $"{m.Text}=[{string.Join(",", m.Candidates)}]"));
            text.AppendLine($"  [{row.Case.Class}] \"{shown}\" expected {row.Case.Intent} got {row.Result.Intent} roles {roles} unknown [{string.Join(",", row.Result.UnknownRoles)}] verdict {(row.VerdictOk == false ? "wrong" : "ok")}");
        }

        return text.ToString();
    }

    private IEnumerable<Row> Of(string? cls) => cls is null ? _rows : _rows.Where(r => r.Case.Class == cls);

    private double Fraction(string? cls, Func<Row, bool> predicate)
    {
        var rows = Of(cls).ToList();
        return rows.Count == 0 ? 0 : (double)rows.Count(predicate) / rows.Count;
    }
}
