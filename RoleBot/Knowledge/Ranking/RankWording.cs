namespace RoleBot.Knowledge.Ranking;

/// <summary>The one-sentence verdict; the hedge word carries the certainty so the text never claims more than the data.</summary>
public static class RankWording
{
    public static string Sentence(RankRelation relation, RankCertainty certainty, Role first, Role second)
    {
        var a = WithArticle(first.DisplayName);
        var b = WithArticle(second.DisplayName);
        var (higher, lower) = relation == RankRelation.SecondHigher ? (b, a) : (a, b);
        return (relation, certainty) switch
        {
            (RankRelation.Peers, RankCertainty.Definitely) => $"{Capitalise(a)} and {b} hold the same title, so they are usually at the same level.",
            (RankRelation.Peers, RankCertainty.Usually) => $"{Capitalise(a)} and {b} are usually peers at the same level.",
            (RankRelation.Peers, _) => $"{Capitalise(a)} and {b} usually sit at a similar level on different tracks, so which is higher depends on the organisation.",
            (RankRelation.Depends, _) => $"Whether {a} ranks above {b} depends on the organisation, because the title means different things in different places.",
            (_, RankCertainty.Definitely) => $"{Capitalise(higher)} ranks above {lower}.",
            (_, RankCertainty.Usually) => $"{Capitalise(higher)} usually ranks above {lower}.",
            _ => $"{Capitalise(higher)} is often at a higher level than {lower}, but it depends on the organisation.",
        };
    }

    public static string WithArticle(string name) => IndefiniteArticle.Before(name);

    public static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
