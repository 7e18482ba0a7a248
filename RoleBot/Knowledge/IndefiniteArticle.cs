namespace RoleBot.Knowledge;

/// <summary>
/// "a" or "an" before a role name, chosen by sound: the one rule every sentence uses (verdicts, answers, dialogs).
/// An initialism is read letter by letter ("an HR Manager", "an SVP", "a VP", "a COO"); a word by its first sound
/// ("an Operations Manager", "a University Liaison", "an Honorary Chair").
/// </summary>
public static class IndefiniteArticle
{
    // Letters whose spoken name starts with a vowel sound: eff, aitch, ell, em, en, ess, ex...
    private const string VowelSoundLetters = "AEFHILMNORSX";

    private static readonly string[] ConsonantSoundVowelStarts = ["uni", "use", "usu", "uti", "eu", "one", "once"];
    private static readonly string[] VowelSoundConsonantStarts = ["hour", "honor", "honour", "honest", "heir"];

    public static string Before(string name) => name.Length == 0 ? name : (TakesAn(name) ? "an " : "a ") + name;

    public static bool TakesAn(string name)
    {
        var firstWord = name.TrimStart().Split([' ', '-', '/'], 2)[0];
        if (firstWord.Length == 0)
        {
            return false;
        }

        if (firstWord.Length > 1 && firstWord.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return VowelSoundLetters.Contains(firstWord[0]);
        }

        if (StartsWithAny(firstWord, ConsonantSoundVowelStarts))
        {
            return false;
        }

        return StartsWithAny(firstWord, VowelSoundConsonantStarts) || "aeiou".Contains(char.ToLowerInvariant(firstWord[0]));
    }

    private static bool StartsWithAny(string word, string[] starts) =>
        starts.Any(s => word.StartsWith(s, StringComparison.OrdinalIgnoreCase));
}
