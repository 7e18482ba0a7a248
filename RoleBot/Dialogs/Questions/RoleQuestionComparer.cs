namespace RoleBot.Dialogs.Questions;

/// <summary>
/// Two questions are equal when every member is: role ids and qualifiers element by element, in order (a record
/// compares its lists by reference). It keys the answers remembered by <c>Answering.RememberedAnswers</c>, so a
/// member left out here would give one question the answer of another.
/// </summary>
public sealed class RoleQuestionComparer : IEqualityComparer<RoleQuestion>
{
    public static RoleQuestionComparer Instance { get; } = new();

    public bool Equals(RoleQuestion? x, RoleQuestion? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null
            && x.Intent == y.Intent
            && x.AsksLower == y.AsksLower
            && x.AsksHigher == y.AsksHigher
            && x.IsYesNo == y.IsYesNo
            && x.LeadsWithVerdict == y.LeadsWithVerdict
            && x.AsksShared == y.AsksShared
            && string.Equals(x.FaqId, y.FaqId, StringComparison.Ordinal)
            && x.RoleIds.SequenceEqual(y.RoleIds, StringComparer.Ordinal)
            && x.Qualifiers.SequenceEqual(y.Qualifiers, StringComparer.Ordinal));

    public int GetHashCode(RoleQuestion question)
    {
        var hash = new HashCode();
        hash.Add(question.Intent);
        hash.Add(question.AsksLower);
        hash.Add(question.AsksHigher);
        hash.Add(question.IsYesNo);
        hash.Add(question.LeadsWithVerdict);
        hash.Add(question.AsksShared);
        hash.Add(question.FaqId, StringComparer.Ordinal);
        foreach (var id in question.RoleIds)
        {
            hash.Add(id, StringComparer.Ordinal);
        }

        hash.Add(question.RoleIds.Count);
        foreach (var qualifier in question.Qualifiers)
        {
            hash.Add(qualifier, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }
}
