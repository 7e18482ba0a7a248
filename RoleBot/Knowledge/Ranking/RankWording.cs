namespace RoleBot.Knowledge.Ranking;

/// <summary>
/// Grammar for role names in sentences. The sentences themselves are content (answers.json, the dialog files),
/// so a verdict is worded in exactly one place.
/// </summary>
public static class RankWording
{
    public static string WithArticle(string name) => IndefiniteArticle.Before(name);
}
