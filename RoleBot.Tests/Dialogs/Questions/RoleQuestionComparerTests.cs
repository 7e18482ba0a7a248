using System.Reflection;
using RoleBot.Dialogs.Questions;
using RoleBot.Understanding;

namespace RoleBot.Tests.Dialogs.Questions;

// The comparer keys the remembered answers: two questions it calls equal get the same replies, so every member must
// take part. Each member is changed in turn, found by reflection, so a member added later fails here until it does.
public sealed class RoleQuestionComparerTests
{
    private static readonly RoleQuestionComparer Comparer = RoleQuestionComparer.Instance;

    public static TheoryData<string> Members() => [.. Properties().Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Members))]
    public void TellsQuestionsApartByEveryMember(string member)
    {
        var property = Properties().Single(p => p.Name == member);
        var changed = Clone(Sample());
        property.SetValue(changed, Changed(property.GetValue(changed)));

        Assert.False(Comparer.Equals(Sample(), changed), $"{member} changed but the questions compare equal.");
    }

    [Fact]
    public void CallsQuestionsWithEqualListsEqualAndHashesThemAlike()
    {
        var (first, second) = (Sample(), Sample());

        Assert.NotSame(first.RoleIds, second.RoleIds);
        Assert.True(Comparer.Equals(first, second));
        Assert.Equal(Comparer.GetHashCode(first), Comparer.GetHashCode(second));
    }

    [Fact]
    public void TellsRoleOrderApart()
    {
        var swapped = Sample() with { RoleIds = ["vice-president", "general-manager"] };

        Assert.False(Comparer.Equals(Sample(), swapped));
    }

    [Fact]
    public void TellsAMissingQualifierFromAnEmptyOne()
    {
        var empty = Sample() with { Qualifiers = ["Hotel Operations", ""] };

        Assert.False(Comparer.Equals(Sample(), empty));
        Assert.True(Comparer.Equals(Sample() with { Qualifiers = [] }, Sample() with { Qualifiers = [] }));
    }

    private static RoleQuestion Sample() => new(Intent.Rank, ["general-manager", "vice-president"], FaqId: "faq-1")
    {
        Qualifiers = ["Hotel Operations", null],
    };

    private static IEnumerable<PropertyInfo> Properties() =>
        typeof(RoleQuestion).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite);

    private static RoleQuestion Clone(RoleQuestion question) => question with { };

    private static object? Changed(object? value) => value switch
    {
        bool flag => !flag,
        Intent intent => intent == Intent.Rank ? Intent.Compare : Intent.Rank,
        string text => text + "-other",
        null => "other",
        // Role ids and qualifiers alike: one more at the end.
        IReadOnlyList<string?> list => list.Append("other").ToList(),
        _ => throw new InvalidOperationException($"No change known for a {value.GetType()}: teach this test, and the comparer, the new member."),
    };
}
