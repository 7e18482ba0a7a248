using RoleBot.Content.Templates;
using RoleBot.Dialogs.Content;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Ranking;

namespace RoleBot.Dialogs.Answering;

/// <summary>
/// Which skills two roles share: only skills the knowledge base lists for both, word for word (ignoring case and
/// spacing), count as shared; the rest is said to be listed for one role only, never "not needed" by the other.
/// </summary>
public static class SharedSkills
{
    private static readonly string[] Pair = ["first", "second", "aFirst", "aSecond", "list"];

    public static readonly TemplateKey[] Texts =
    [
        new("skills.shared", Pair),
        new("skills.noneShared", Pair),
        new("skills.only", "role", "aRole", "list"),
    ];

    public static string Describe(Role first, Role second, DialogContent content)
    {
        var secondKeys = second.Skills.Select(Key).ToHashSet(StringComparer.Ordinal);
        var firstKeys = first.Skills.Select(Key).ToHashSet(StringComparer.Ordinal);
        var shared = first.Skills.Where(s => secondKeys.Contains(Key(s))).ToList();
        var values = new (string Name, string Value)[]
        {
            ("first", first.DisplayName), ("second", second.DisplayName),
            ("aFirst", RankWording.WithArticle(first.DisplayName)), ("aSecond", RankWording.WithArticle(second.DisplayName)),
            ("list", string.Join("; ", shared)),
        };
        var sentences = new List<string> { content.Text(shared.Count > 0 ? "skills.shared" : "skills.noneShared", values) };
        sentences.AddRange(Only(first, first.Skills.Where(s => !secondKeys.Contains(Key(s))).ToList(), content));
        sentences.AddRange(Only(second, second.Skills.Where(s => !firstKeys.Contains(Key(s))).ToList(), content));
        return string.Join(" ", sentences);
    }

    private static IEnumerable<string> Only(Role role, List<string> skills, DialogContent content) =>
        skills.Count == 0 ? [] :
        [content.Text("skills.only", ("role", role.DisplayName), ("aRole", RankWording.WithArticle(role.DisplayName)), ("list", string.Join("; ", skills)))];

    private static string Key(string skill) => string.Join(' ', skill.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');
}
