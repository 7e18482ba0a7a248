using System.Collections;
using System.Reflection;
using RoleBot.Answers;
using RoleBot.Answers.Documents;
using RoleBot.Cards.Actions;
using RoleBot.Knowledge.Ranking;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Answers.Documents;

// The comparer keys the memo of drawn cards: two documents it calls equal get the same card, so every member a
// renderer can read must take part. These tests change each member in turn, found by reflection, so a member added
// later fails here until the comparer reads it.
public sealed class AnswerDocumentComparerTests
{
    private static readonly AnswerDocumentComparer Comparer = AnswerDocumentComparer.Instance;

    public static TheoryData<string> Members() => [.. MemberPaths(Sample()).Select(m => m.Path)];

    [Theory]
    [MemberData(nameof(Members))]
    public void TellsDocumentsApartByEveryMember(string path)
    {
        var changed = MemberPaths(Sample()).Single(m => m.Path == path).Change();

        Assert.False(Comparer.Equals(Sample(), changed), $"{path} changed but the documents compare equal.");
    }

    [Fact]
    public void FindsEveryMemberOfEveryKindOfSection()
    {
        var sections = typeof(DocSection).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(DocSection)) && !t.IsAbstract);

        Assert.Equal(sections.OrderBy(t => t.Name), Sample().Sections.Select(s => s.GetType()).Distinct().OrderBy(t => t.Name));
        Assert.Contains("Sections[3].Rows[0].Right", MemberPaths(Sample()).Select(m => m.Path));
    }

    [Fact]
    public void CallsTwoBuildsOfTheSameAnswerEqual()
    {
        var kb = ShippedKnowledgeBase.Instance;
        var ranker = new RoleRanker(ShippedKnowledgeBase.Provider);
        var comparer = new RoleComparer(ShippedKnowledgeBase.Provider, ranker);
        var (gm, vp) = (kb.FindRole("general-manager")!, kb.FindRole("vice-president")!);
        AnswerDocument Build() => CardTestContent.Documents.Compare(AnswerMapper.Compare(comparer.Compare(gm, vp), kb));

        var (first, second) = (Build(), Build());

        Assert.NotSame(first, second);
        Assert.True(Comparer.Equals(first, second));
        Assert.Equal(Comparer.GetHashCode(first), Comparer.GetHashCode(second));
        Assert.False(Comparer.Equals(first, CardTestContent.Documents.Compare(AnswerMapper.Compare(comparer.Compare(vp, gm), kb))));
    }

    [Fact]
    public void TellsLinksApartByTheirFragment()
    {
        // Uri.Equals ignores the fragment, but the card shows the link as written.
        var a = Sample() with { Sources = [new Citation("Guide", new Uri("https://example.org/guide#gm"))] };
        var b = Sample() with { Sources = [new Citation("Guide", new Uri("https://example.org/guide#vp"))] };

        Assert.False(Comparer.Equals(a, b));
    }

    private static AnswerDocument Sample() => new("compare", "A GM usually reports to a VP.", "VP is usually higher")
    {
        Title = "GM vs VP",
        LeadIsVerdict = true,
        ExpectsReply = false,
        Sections =
        [
            new ParagraphSection("Summary", "A paragraph."),
            new ListSection("Skills", ["budgeting", "hiring"]),
            new LadderSection("Ladder", [new LadderRung("VP", true), new LadderRung("GM", false)]),
            new SideBySideSection("Side by side", "Aspect", "GM", "VP", [new SideBySideRow("Scope", "a unit", "a function")]),
        ],
        FollowUps = [new FollowUp("What comes after GM?", CardPayload.Career("general-manager"))],
        Vote = new VoteOffer("Was this helpful?", new FollowUp("Yes", CardPayload.Vote(true, "compare", "general-manager")), new FollowUp("No", CardPayload.Vote(false, "compare"))),
        Sources = [new Citation("Guide", new Uri("https://example.org/guide"))],
        SourcesHeading = "Sources",
    };

    // Every settable member reachable from a document (through records and the first element of lists), with a way to
    // make a copy of the sample in which only that member differs.
    private static IEnumerable<(string Path, Func<AnswerDocument> Change)> MemberPaths(AnswerDocument sample) =>
        Paths(sample, "", changed => (AnswerDocument)changed);

    private static IEnumerable<(string Path, Func<AnswerDocument> Change)> Paths(object value, string prefix, Func<object, AnswerDocument> rebuild)
    {
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null))
        {
            var path = prefix + property.Name;
            var current = property.GetValue(value);
            Func<object?, AnswerDocument> with = replacement => rebuild(With(value, property, replacement));
            if (current is IList list)
            {
                yield return (path, () => with(Appended(list)));
                for (var i = 0; i < list.Count; i++)
                {
                    var index = i;
                    if (!IsRecord(list[i]!))
                    {
                        yield return ($"{path}[{i}]", () => with(Replaced(list, index, Other(list[index]!.GetType(), list[index])!)));
                        continue;
                    }

                    foreach (var inner in Paths(list[i]!, $"{path}[{i}].", changed => with(Replaced(list, index, changed))))
                    {
                        yield return inner;
                    }
                }
            }
            else if (current is not null && IsRecord(current))
            {
                foreach (var inner in Paths(current, path + ".", changed => with(changed)))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return (path, () => with(Other(property.PropertyType, current)));
            }
        }
    }

    private static bool IsRecord(object value) => value.GetType().GetMethod("<Clone>$") is not null;

    private static object With(object record, PropertyInfo property, object? replacement)
    {
        var copy = record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;
        property.SetValue(copy, replacement);
        return copy;
    }

    private static object? Other(Type type, object? current) => current switch
    {
        string s => s + " (changed)",
        bool b => !b,
        Uri u => new Uri(u.OriginalString + "#changed"),
        Enum e => Enum.GetValues(e.GetType()).Cast<object>().First(v => !v.Equals(e)),
        null when type == typeof(string) => "set",
        null => throw new InvalidOperationException($"No sample value for a null {type.Name}."),
        _ => throw new InvalidOperationException($"No other value for {type.Name}."),
    };

    private static IList Appended(IList list)
    {
        var copy = Copy(list);
        copy.Add(list[^1]);
        return copy;
    }

    private static IList Replaced(IList list, int index, object replacement)
    {
        var copy = Copy(list);
        copy[index] = replacement;
        return copy;
    }

    private static IList Copy(IList list)
    {
        var element = list.GetType().IsArray ? list.GetType().GetElementType()! : list.GetType().GetGenericArguments()[0];
        var copy = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        foreach (var item in list)
        {
            copy.Add(item);
        }

        return copy;
    }
}
