namespace RoleBot.Cards.Actions;

/// <summary>What a button asks for. The wire names are the lowercase words in <see cref="CardActionNames"/>.</summary>
public enum CardActionKind
{
    /// <summary>Run an example question as if typed ("text").</summary>
    Ask,

    /// <summary>What does "role" do.</summary>
    Describe,

    /// <summary>What comes after "role".</summary>
    Career,

    /// <summary>Compare "role" with "other"; without "other" the bot asks which role.</summary>
    Compare,

    /// <summary>Which of "role" and "other" ranks higher.</summary>
    Rank,

    /// <summary>The answer to a clarification ("Which PM did you mean?").</summary>
    Choose,

    /// <summary>Show the FAQ answer "faq".</summary>
    Faq,

    Help,

    /// <summary>"Was this helpful?" yes, about the answer "answer" (its kind) on "role" / "other" / "faq".</summary>
    Helpful,

    /// <summary>"Was this helpful?" no; the same fields as <see cref="Helpful"/>. Recorded as a knowledge gap.</summary>
    Unhelpful,
}

public static class CardActionNames
{
    private static readonly Dictionary<string, CardActionKind> ByWire = Enum.GetValues<CardActionKind>()
        .ToDictionary(ToWire, kind => kind, StringComparer.Ordinal);

    public static string ToWire(CardActionKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParse(string wire, out CardActionKind kind) => ByWire.TryGetValue(wire, out kind);
}
