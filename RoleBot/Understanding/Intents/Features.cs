namespace RoleBot.Understanding.Intents;

/// <summary>Word and word-pair features; the sentence start is a feature too ("^ what" differs from "is … what").</summary>
public static class Features
{
    public static List<string> Of(IReadOnlyList<string> words)
    {
        var features = new List<string>(words.Count * 2 + 1);
        var previous = "^";
        foreach (var word in words)
        {
            features.Add(word);
            features.Add(previous + " " + word);
            previous = word;
        }

        return features;
    }
}
