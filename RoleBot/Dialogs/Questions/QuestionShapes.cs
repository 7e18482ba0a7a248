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
    public static QuestionDraft ListShape(UnderstandingResult understanding, QuestionDraft draft, DialogContent content)
    {
        var above = HasCue(content, understanding.Text, "rolesAboveCues");
        if (understanding.Roles.Count != 1 || draft.Slots.Count == 0 || !above && !HasCue(content, understanding.Text, "rolesBelowCues"))
        {
            return draft;
        }

        return draft with { Intent = Intent.NextStep, Slots = [draft.Slots[0]], AsksHigher = above, AsksLower = !above, IsYesNo = false, LeadsWithVerdict = false };
    }

    /// <summary>"which is more strategic?": the knowledge base ranks and compares roles but does not grade such qualities, so the comparison is offered instead.</summary>
    public static (RoleQuestion Question, string Note)? UnbackedQuality(UnderstandingResult understanding, QuestionDraft draft, KnowledgeBase kb, DialogContent content)
    {
        if (draft is not { Slots: [{ RoleId: { } first }, { RoleId: { } second }, ..], Intent: Intent.Rank or Intent.Compare }
            || content.List("unbackedQualities").FirstOrDefault(q => PlainPhrases.Contains(understanding.Text, q)) is not { } quality)
        {
            return null;
        }

        var note = content.Text("quality.cannotTell", ("first", RoleNames.Name(kb, first)), ("second", RoleNames.Name(kb, second)), ("quality", quality));
        return (new RoleQuestion(Intent.Compare, [first, second]), note);
    }

    public static bool HasCue(DialogContent content, string text, string list)
    {
        foreach (var cue in content.List(list))
        {
            if (PlainPhrases.Contains(text, cue))
            {
                return true;
            }
        }

        return false;
    }
}
