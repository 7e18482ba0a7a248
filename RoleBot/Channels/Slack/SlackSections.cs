using RoleBot.Answers.Documents;

namespace RoleBot.Channels.Slack;

internal static class SlackSections
{
    public static IEnumerable<SlackBlock> For(DocSection section) => section switch
    {
        // Slack rejects an empty section, so a section with nothing to show is left out.
        ParagraphSection { Heading: null } p when string.IsNullOrWhiteSpace(p.Text) => [],
        ListSection { Heading: null, Items.Count: 0 } => [],
        LadderSection { Heading: null, Rungs.Count: 0 } => [],
        ParagraphSection p => [SlackMessageRenderer.Section(WithHeading(p.Heading, SlackEscaping.Escape(p.Text)))],
        ListSection l => [SlackMessageRenderer.Section(WithHeading(l.Heading, string.Join("\n", l.Items.Select(i => "• " + SlackEscaping.Escape(i)))))],
        LadderSection l => [SlackMessageRenderer.Section(WithHeading(l.Heading, string.Join("\n", l.Rungs.Select(Rung))))],
        SideBySideSection s => SideBySide(s),
        _ => throw new NotSupportedException($"No Slack rendering for {section.GetType().Name}."),
    };

    // "A vs B" as one section per aspect with two fields, which Slack lays out as two columns.
    private static IEnumerable<SlackBlock> SideBySide(SideBySideSection s)
    {
        var left = $"*{SlackEscaping.Escape(s.LeftTitle)}*";
        var right = $"*{SlackEscaping.Escape(s.RightTitle)}*";
        if (s.Heading is { } heading)
        {
            yield return SlackMessageRenderer.Section($"*{SlackEscaping.Escape(heading)}*");
        }

        foreach (var row in s.Rows)
        {
            yield return new SectionBlock
            {
                Text = SlackText.Markdown(SlackEscaping.Clip($"*{SlackEscaping.Escape(row.Aspect)}*", SlackLimits.SectionTextChars)),
                Fields =
                [
                    SlackText.Markdown(SlackEscaping.Clip($"{left}\n{SlackEscaping.Escape(row.Left)}", SlackLimits.FieldChars)),
                    SlackText.Markdown(SlackEscaping.Clip($"{right}\n{SlackEscaping.Escape(row.Right)}", SlackLimits.FieldChars)),
                ],
            };
        }
    }

    private static string Rung(LadderRung rung) =>
        rung.Highlighted ? $"▸ *{SlackEscaping.Escape(rung.Text)}*" : $"· {SlackEscaping.Escape(rung.Text)}";

    private static string WithHeading(string? heading, string body) =>
        heading is null ? body : $"*{SlackEscaping.Escape(heading)}*\n{body}";
}
