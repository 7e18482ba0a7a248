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
        if (document.Title is { } title)
        {
            blocks.Add(new HeaderBlock(SlackText.Plain(SlackEscaping.Clip(title, SlackLimits.HeaderChars))));
        }

        var lead = SlackEscaping.Escape(document.Lead);
        blocks.Add(Section(document.LeadIsVerdict ? $"*{lead}*" : lead));
        blocks.AddRange(document.Sections.SelectMany(SlackSections.For));

        var tail = Tail(document).ToList();
        // Keep the sources and buttons; if the body is too long, its end goes.
        var room = SlackLimits.Blocks - tail.Count;
        var message = new SlackMessage(
            SlackEscaping.Clip(SlackEscaping.Escape(document.Text), SlackLimits.MessageTextChars),
            [.. blocks.Take(room), .. tail]);
        return message;
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

        if (document.FollowUps.Count > 0)
        {
            yield return new ActionsBlock([.. document.FollowUps.Take(SlackLimits.ActionElements).Select((f, i) => new SlackButton(
                SlackText.Plain(SlackEscaping.Clip(f.Title, SlackLimits.ButtonTextChars)),
                $"rolebot-{i}",
                f.Payload.ToJsonString()))]);
        }
    }

    private static string Citation(Citation source)
    {
        // Inside <url|label> a "|" or ">" in the label would end it early; escaping covers ">" and "|" is replaced.
        var label = SlackEscaping.Escape(source.Title.Replace('|', '/'));
        var cited = source.SafeUrl is { } url ? $"<{url.AbsoluteUri}|{label}>" : label;
        return SlackEscaping.Clip(source.Document is null ? cited : $"{cited} ({SlackEscaping.Escape(source.Document)})", SlackLimits.FieldChars);
    }
}
