namespace RoleBot.Understanding.Content;

/// <summary>
/// The literal text a cue pattern cannot match without, read from the pattern itself: "\b(above|below) {role}" needs
/// "above" or "below". Each inner list is one such choice and every choice must be met. Only a cheap screen: a pattern
/// whose anchors are all found still runs as a regex, and a pattern this reader does not fully understand gets no
/// anchors, so it always runs.
/// </summary>
public static class CueAnchors
{
    // One-character anchors (" ", "s") are in nearly every template and screen nothing out.
    private const int ShortestUseful = 2;

    public static IReadOnlyList<IReadOnlyList<string>> Of(string pattern)
    {
        try
        {
            var reader = new CuePatternReader(pattern);
            var anchors = reader.Alternation();
            return reader.AtEnd ? [.. anchors.Where(a => a.Min(s => s.Length) >= ShortestUseful)] : [];
        }
        catch (FormatException)
        {
            return [];
        }
    }
}
