using RoleBot.Answers;
using RoleBot.Dialogs.Answering;
using RoleBot.Dialogs.Content;
using RoleBot.Dialogs.Prompts;
using RoleBot.Knowledge;
using RoleBot.Understanding;

namespace RoleBot.Dialogs.Questions;

/// <summary>
/// Question shapes read from the cue lists of MainDialog's content rather than from new intents: the top of a
/// track, the roles above or below a role, and qualities ("more strategic") the knowledge base does not grade.
/// </summary>
public static class QuestionShapes
{
    /// <summary>"the highest role in operations": the top (or bottom) rung of a track, to describe, and the sentence that names it.</summary>
    public static (RoleQuestion Question, string Note)? TrackEnd(UnderstandingResult understanding, KnowledgeBase kb, DialogContent content)
    {
        var text = understanding.Text;
        var highest = HasCue(content, text, "topCues");
        // A role the recognizer read into the track's name ("project management") does not make it a question about that role.
        if (!highest && !HasCue(content, text, "bottomCues") || TrackEnds.Find(text, kb, content) is not var (track, phrase)
            || understanding.Roles.Any(r => !phrase.Contains(PlainWords.Normalize(r.Text), StringComparison.Ordinal) && !PlainWords.Normalize(r.Text).Contains(phrase, StringComparison.Ordinal))
            || TrackEnds.Ends(kb, track, highest) is not [var first, ..] ends)
        {
            return null;
        }

        var note = content.Text(highest ? "track.top" : "track.bottom", ("track", track.Name), ("list", RoleNames.Join(kb, ends.Select(r => r.Id), "and")));
        return (new RoleQuestion(Intent.Describe, [first.Id]), note);
    }

    /// <summary>"list the roles above a director", "which roles are below a director?": a list of roles above or below one role.</summary>
    /// <param name="shaped"><see cref="RoleShaped"/> of the question when it names exactly one role, otherwise null.</param>
    public static QuestionDraft ListShape(string? shaped, QuestionDraft draft, DialogContent content)
    {
        if (shaped is null || draft.Slots.Count == 0)
        {
            return draft;
        }

        var above = HasCue(content, shaped, "rolesAboveCues");
        if (!above && !HasCue(content, shaped, "rolesBelowCues"))
        {
            return draft;
        }

        return draft with { Intent = Intent.NextStep, Slots = [draft.Slots[0]], AsksHigher = above, AsksLower = !above, IsYesNo = false, LeadsWithVerdict = false };
    }

    /// <summary>
    /// "who hires a CEO?": the reporting line of the role, led by what the knowledge base says about hiring or
    /// appointing it (quoted, with the role whose entry says it) or, when it says nothing, by saying so.
    /// </summary>
    /// <param name="shaped"><see cref="RoleShaped"/> of the question when it names exactly one role, otherwise null.</param>
    public static (RoleQuestion Question, string Note)? Hiring(UnderstandingResult understanding, string? shaped, KnowledgeBase kb, DialogContent content)
    {
        if (shaped is null || understanding.Roles is not [{ Candidates: [var id] }] || kb.FindRole(id) is not { } role || !HasCue(content, shaped, "hireCues"))
        {
            return null;
        }

        var aRole = IndefiniteArticle.Before(role.DisplayName);
        var facts = HiringFacts.About(role, kb, content.List("hireWords"), most: 2);
        var note = facts.Count == 0
            ? content.Text(role.ReportsTo.Count == 0 ? "hire.unknownTop" : "hire.unknown", ("aRole", aRole))
            : content.Text("hire.known", ("aRole", aRole), ("facts", string.Join(" ", facts.Select(f => content.Text("hire.fact",
                ("role", f.Holder.DisplayName),
                ("text", f.Text),
                ("sources", string.Join("; ", f.Holder.Sources.Select(s => kb.FindSource(s)?.Title ?? s))))))));
        return (new RoleQuestion(facts.Count == 0 && role.ReportsTo.Count == 0 ? Intent.Describe : Intent.ReportsTo, [role.Id]), note);
    }

    /// <summary>"what does CDO stand for?": the roles the knowledge base knows by that name, described, and the sentence that names them.</summary>
    public static (RoleQuestion Question, string Note)? Expansion(UnderstandingResult understanding, KnowledgeBase kb, DialogContent content)
    {
        if (understanding.Roles is not [var mention] || !HasCue(content, understanding.Text, "expandCues")
            || mention.Candidates.Where(id => kb.FindRole(id) is not null).Distinct(StringComparer.OrdinalIgnoreCase).ToList() is not { Count: > 0 } ids)
        {
            return null;
        }

        var note = content.Text(ids.Count == 1 ? "expand.one" : "expand.many", ("text", UserText.Clean(mention.Text)), ("roles", RoleNames.Join(kb, ids)));
        return (new RoleQuestion(Intent.Describe, ids), note);
    }

    /// <summary>"which is more strategic?": the knowledge base ranks and compares roles but does not grade such qualities, so the comparison is offered instead.</summary>
    public static (RoleQuestion Question, string Note)? UnbackedQuality(UnderstandingResult understanding, QuestionDraft draft, KnowledgeBase kb, DialogContent content)
    {
        if (draft is not { Slots: [{ RoleId: { } first }, { RoleId: { } second }, ..], Intent: Intent.Rank or Intent.Compare }
            || CueList.Of(content.List("unbackedQualities")).FirstContained(understanding.Text) is not { } quality)
        {
            return null;
        }

        var note = content.Text("quality.cannotTell", ("first", RoleNames.Name(kb, first)), ("second", RoleNames.Name(kb, second)), ("quality", quality));
        return (new RoleQuestion(Intent.Compare, [first, second]), note);
    }

    /// <summary>
    /// The text with each role it names as "{role}" (and no article before it), so a cue can say where the role
    /// stands: "who does {role} manage" (the roles below it) is not "who manages {role}" (its boss).
    /// </summary>
    public static string RoleShaped(UnderstandingResult understanding)
    {
        var text = understanding.Text;
        foreach (var role in understanding.Roles.OrderByDescending(r => r.Start).Where(r => r.Start + r.Length <= text.Length))
        {
            text = text.Remove(role.Start, role.Length).Insert(role.Start, $" {RolePlaceholder} ");
        }

        var words = PlainWords.Words(PlainWords.Normalize(text)).ToList();
        return string.Join(' ', words.Where((w, i) => i + 1 >= words.Count || words[i + 1] != RoleWord || w is not ("a" or "an" or "the")));
    }

    private const string RolePlaceholder = "{role}";

    private static readonly string RoleWord = PlainWords.Normalize(RolePlaceholder);

    public static bool HasCue(DialogContent content, string text, string list) => CueList.Of(content.List(list)).Contains(text);
}
