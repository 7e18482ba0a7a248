using System.Globalization;
using System.Text.Json;
using RoleBot.Content.Dialogs;
using RoleBot.Content.Templates;
using RoleBot.Dialogs.Content;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Ranking;

namespace RoleBot.Dialogs.Answering;

/// <summary>
/// "why?": the evidence behind a verdict, all of it from the knowledge base: each role's rung on the ladder,
/// whether they share a track, the usual reporting line, and the basis the ranker used. Every sentence is a text
/// of RoleAnswerer.dialog.json.
/// </summary>
public sealed class VerdictExplainer(DialogContentStore content)
{
    public static readonly TemplateKey[] Texts =
    [
        new("why.levels", "first", "aFirst", "firstLevel", "firstRung", "second", "aSecond", "secondLevel", "secondRung"),
        new("why.tracks.same", "track"),
        new("why.tracks.different", "firstTrack", "secondTrack"),
        new("why.chain", "chain"),
        .. Enum.GetValues<RankBasis>().Select(basis => new TemplateKey(BasisKey(basis))),
    ];

    private DialogContent Content => content.Get(RoleAnswerer.ContentName, RoleAnswerer.Texts);

    public string Explain(RankVerdict verdict, KnowledgeBase kb)
    {
        var (first, second) = (verdict.First, verdict.Second);
        var parts = new List<string>
        {
            Content.Text("why.levels",
                ("first", first.DisplayName), ("aFirst", RankWording.WithArticle(first.DisplayName)), ("firstLevel", Level(first)), ("firstRung", Rung(kb, first)),
                ("second", second.DisplayName), ("aSecond", RankWording.WithArticle(second.DisplayName)), ("secondLevel", Level(second)), ("secondRung", Rung(kb, second))),
            string.Equals(first.Track, second.Track, StringComparison.OrdinalIgnoreCase)
                ? Content.Text("why.tracks.same", ("track", TrackName(kb, first)))
                : Content.Text("why.tracks.different", ("firstTrack", TrackName(kb, first)), ("secondTrack", TrackName(kb, second))),
        };
        if (verdict.Chain.Count > 1)
        {
            parts.Add(Content.Text("why.chain", ("chain", string.Join(" → ", verdict.Chain.Select(r => r.Name)))));
        }

        parts.Add(Content.Text(BasisKey(verdict.Basis)));
        return string.Join(" ", parts);
    }

    private static string Level(Role role) => role.Level.ToString(CultureInfo.InvariantCulture);

    // Validation puts every role's level on the ladder, so the number alone is only a safety net.
    private static string Rung(KnowledgeBase kb, Role role) => kb.FindLevel(role.Level)?.Name ?? Level(role);

    private static string BasisKey(RankBasis basis) => $"why.basis.{JsonNamingPolicy.CamelCase.ConvertName(basis.ToString())}";

    private static string TrackName(KnowledgeBase kb, Role role) => kb.FindTrack(role.Track)?.Name ?? role.Track;
}
