namespace RoleBot.Insights.Storage;

/// <summary>The columns both stores share; unknown titles are one column, joined by a character no title contains.</summary>
internal static class GapColumns
{
    public const string Table = "rolebot_knowledge_gaps";
    public const char TitleSeparator = '\u001f';

    public const string Insert =
        $"INSERT INTO {Table} (at, reason, question, unknown_titles, channel, answer, organisation) VALUES (@at, @reason, @question, @titles, @channel, @answer, @organisation)";

    public const string Delete = $"DELETE FROM {Table} WHERE at < @cutoff";

    public const string Select =
        $"SELECT at, reason, question, unknown_titles, channel, answer, organisation FROM {Table} WHERE at >= @since AND (@organisation IS NULL OR organisation = @organisation) ORDER BY at";

    public static string JoinTitles(IReadOnlyList<string> titles) => string.Join(TitleSeparator, titles);

    public static IReadOnlyList<string> SplitTitles(string? titles) =>
        string.IsNullOrEmpty(titles) ? [] : titles.Split(TitleSeparator);
}
