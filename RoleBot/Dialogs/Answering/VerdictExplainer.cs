using System.Globalization;
using RoleBot.Dialogs.Content;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Ranking;

namespace RoleBot.Dialogs.Answering;

/// <summary>
/// "why?": the evidence behind a verdict, all of it from the knowledge base: each role's rung on the ladder,
/// whether they share a track, the usual reporting line, and the basis the ranker used.
/// </summary>
public sealed class VerdictExplainer(DialogContentStore content)
{
    public static readonly string[] Required =
        ["why.levels", "why.tracks.same", "why.tracks.different", "why.chain", "why.basis"];

    private DialogContent Content => content.Get(RoleAnswerer.ContentName, RoleAnswerer.Required);

    public string Explain(RankVerdict verdict, KnowledgeBase kb)
    {
        var (first, second) = (verdict.First, verdict.Second);
        var parts = new List<string>
        {
            Content.Text("why.levels",
                ("aFirst", RankWording.WithArticle(first.DisplayName)), ("firstLevel", Level(first)), ("firstRung", Rung(kb, first)),
                ("aSecond", RankWording.WithArticle(second.DisplayName)), ("secondLevel", Level(second)), ("secondRung", Rung(kb, second))),
            string.Equals(first.Track, second.Track, StringComparison.OrdinalIgnoreCase)
                ? Content.Text("why.tracks.same", ("track", TrackName(kb, first)))
                : Content.Text("why.tracks.different", ("firstTrack", TrackName(kb, first)), ("secondTrack", TrackName(kb, second))),
        };
        if (verdict.Chain.Count > 1)
        {
            parts.Add(Content.Text("why.chain", ("chain", string.Join(" → ", verdict.Chain.Select(r => r.Name)))));
        }

        parts.Add(Content.Text("why.basis", ("reason", verdict.Reason)));
        return string.Join(" ", parts);
    }

    private static string Level(Role role) => role.Level.ToString(CultureInfo.InvariantCulture);

    private static string Rung(KnowledgeBase kb, Role role) => kb.FindLevel(role.Level)?.Name ?? "unnamed rung";

    private static string TrackName(KnowledgeBase kb, Role role) => kb.FindTrack(role.Track)?.Name ?? role.Track;
}
