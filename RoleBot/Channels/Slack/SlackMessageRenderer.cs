using RoleBot.Answers;
using RoleBot.Answers.Documents;

namespace RoleBot.Channels.Slack;

// Draws an answer document as Block Kit. Slack gets no Adaptive Card: through Azure Bot Service it would
// arrive as a picture. Every string is escaped for mrkdwn or sent as plain_text, and every limit is kept.
public sealed class SlackMessageRenderer
{
    public SlackMessage Render(AnswerDocument document)
    {
        var blocks = new List<SlackBlock>();
        if (!string.IsNullOrWhiteSpace(document.Title))
        {
            blocks.Add(new HeaderBlock(SlackText.Plain(SlackEscaping.Clip(document.Title, SlackLimits.HeaderChars))));
        }

        if (!string.IsNullOrWhiteSpace(document.Lead))
        {
            var lead = SlackEscaping.Escape(document.Lead);
            // The bold markers go around the cut text, so a long verdict cannot lose its closing "*".
            blocks.Add(document.LeadIsVerdict ? Section($"*{SlackEscaping.Clip(lead, SlackLimits.SectionTextChars - 2)}*") : Section(lead));
        }

        blocks.AddRange(document.Sections.SelectMany(SlackSections.For));
        var text = SlackEscaping.Clip(SlackEscaping.Escape(document.Text), SlackLimits.MessageTextChars);
        if (blocks.Count == 0)
        {
            blocks.Add(Section(string.IsNullOrWhiteSpace(text) ? "…" : text));
        }

        var tail = Tail(document).ToList();
        // Keep the sources and buttons; if the body is too long, its end goes.
        var room = SlackLimits.Blocks - tail.Count;
        return new SlackMessage(string.IsNullOrWhiteSpace(text) ? "…" : text, [.. blocks.Take(room), .. tail]);
    }

    internal static SectionBlock Section(string mrkdwn) =>
        new() { Text = SlackText.Markdown(SlackEscaping.Clip(mrkdwn, SlackLimits.SectionTextChars)) };

    private static IEnumerable<SlackBlock> Tail(AnswerDocument document)
    {
        if (document.Sources.Count > 0)
        {
            yield return new DividerBlock();
            yield return new ContextBlock([.. document.Sources.Take(SlackLimits.ContextElements).Select(s => SlackText.Markdown(Citation(s)))]);
        }

        // A payload too long for a button value cannot be cut (it is JSON), so that button is left out.
        var buttons = document.FollowUps
            .Select(f => (Title: f.Title.Trim(), Value: f.Payload.ToJsonString()))
            .Where(b => b.Title.Length > 0 && b.Value.Length <= SlackLimits.ButtonValueChars)
            .Take(SlackLimits.ActionElements)
            .Select((b, i) => new SlackButton(SlackText.Plain(SlackEscaping.Clip(b.Title, SlackLimits.ButtonTextChars)), $"rolebot-{i}", b.Value))
            .ToList();
        if (buttons.Count > 0)
        {
            yield return new ActionsBlock(buttons);
        }

        if (document.Vote is { } vote)
        {
            yield return new ContextBlock([SlackText.Markdown(SlackEscaping.Clip(SlackEscaping.Escape(vote.Prompt), SlackLimits.FieldChars))]);
            yield return new ActionsBlock([VoteButton(vote.Yes, "rolebot-vote-yes"), VoteButton(vote.No, "rolebot-vote-no")]);
        }
    }

    // Vote payloads hold only a kind and at most three ids, so they always fit a button value.
    private static SlackButton VoteButton(FollowUp button, string actionId) =>
        new(SlackText.Plain(SlackEscaping.Clip(button.Title, SlackLimits.ButtonTextChars)), actionId, button.Payload.ToJsonString());

    private static string Citation(Citation source)
    {
        // Inside <url|label> a "|" in the label would end it early, so it becomes "/"; & < > are escaped as anywhere.
        // The label is cut rather than the link, and a url too long to leave room for a label is not linked at all.
        var url = source.SafeUrl?.AbsoluteUri.Replace("&", "&amp;", StringComparison.Ordinal);
        var linked = url is not null && url.Length < SlackLimits.FieldChars / 2;
        var room = SlackLimits.FieldChars - (linked ? url!.Length + 3 : 0);
        var label = SlackEscaping.Clip(SlackEscaping.Escape(source.Title.Replace('|', '/')), Math.Max(room, 1));
        return SlackEscaping.Clip(linked ? $"<{url}|{label}>" : label, SlackLimits.FieldChars);
    }
}
