using RoleBot.Content.Templates;
using RoleBot.Dialogs.Content;
using RoleBot.Dialogs.Prompts;
using RoleBot.Knowledge;

namespace RoleBot.Dialogs.Answering;

/// <summary>
/// "What's the highest role in operations?": the top (or bottom) rung of one career path, from the levels the
/// knowledge base gives its roles. The track is named by its knowledge-base name or a phrase the dialog content lists
/// for it (MainDialog lists "track.&lt;id&gt;"); every role at that level is named, so a tie is never hidden.
/// </summary>
public static class TrackEnds
{
    public static readonly TemplateKey[] Texts = [new("track.top", "track", "list"), new("track.bottom", "track", "list")];

    /// <summary>The track the text names and the phrase that named it, longest phrase first; null when it names none.</summary>
    public static (Track Track, string Phrase)? Find(string text, KnowledgeBase kb, DialogContent content)
    {
        var padded = $" {PlainWords.Normalize(text)} ";
        return kb.Tracks
            .SelectMany(t => content.List($"track.{t.Id}").Append(t.Name).Select(phrase => (Track: t, Phrase: PlainWords.Normalize(phrase))))
            .Where(x => x.Phrase.Length > 0 && padded.Contains($" {x.Phrase} ", StringComparison.Ordinal))
            .OrderByDescending(x => x.Phrase.Length)
            .Select(x => ((Track, string)?)(x.Track, x.Phrase))
            .FirstOrDefault();
    }

    /// <summary>The roles at the highest (or lowest) level of the track.</summary>
    public static IReadOnlyList<Role> Ends(KnowledgeBase kb, Track track, bool highest)
    {
        var roles = kb.Roles.Where(r => string.Equals(r.Track, track.Id, StringComparison.OrdinalIgnoreCase)).ToList();
        if (roles.Count == 0)
        {
            return [];
        }

        var level = highest ? roles.Max(r => r.Level) : roles.Min(r => r.Level);
        return [.. roles.Where(r => r.Level == level).OrderBy(r => r.Name, StringComparer.Ordinal)];
    }
}
