namespace RoleBot.Answers.Documents;

// English articles and lists for role names in sentences.
public static class Names
{
    // Letters whose spoken name starts with a vowel sound: "an HR Manager", "an MD".
    private const string VowelSoundLetters = "AEFHILMNORSX";

    public static string WithArticle(string name)
    {
        if (name.Length == 0)
        {
            return name;
        }

        var firstWord = name.Split(' ', 2)[0];
        var isInitialism = firstWord.Length > 1 && firstWord.All(c => !char.IsLetter(c) || char.IsUpper(c));
        var an = isInitialism
            ? VowelSoundLetters.Contains(firstWord[0])
            : "AEIOUaeiou".Contains(name[0]) && !name.StartsWith("Uni", StringComparison.OrdinalIgnoreCase)
                && !name.StartsWith("Use", StringComparison.OrdinalIgnoreCase);
        return (an ? "an " : "a ") + name;
    }

    // "A, B and C" (or "A, B or C" for alternatives).
    public static string Join(IReadOnlyList<string> items, string conjunction = "and") => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} {conjunction} {items[^1]}",
    };
}
