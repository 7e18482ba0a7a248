using RoleBot.Knowledge;

namespace RoleBot.Answers.Documents;

// English articles and lists for role names in sentences.
public static class Names
{
    // "an HR Manager", "a VP": the knowledge layer's rule, so verdicts and answers never disagree.
    public static string WithArticle(string name) => IndefiniteArticle.Before(name);

    // The values every two-role template may use: {first}, {second}, {aFirst}, {aSecond} (AnswerTemplateKeys.Pair).
    public static (string Name, string Value)[] Pair(string first, string second) =>
        [("first", first), ("second", second), ("aFirst", WithArticle(first)), ("aSecond", WithArticle(second))];

    // "A; B; and C": for phrases that may contain commas themselves.
    public static string JoinPhrases(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        2 => $"{items[0]} and {items[1]}",
        _ => $"{string.Join("; ", items.Take(items.Count - 1))}; and {items[^1]}",
    };

    // "A, B and C" (or "A, B or C" for alternatives).
    public static string Join(IReadOnlyList<string> items, string conjunction = "and") => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} {conjunction} {items[^1]}",
    };
}
