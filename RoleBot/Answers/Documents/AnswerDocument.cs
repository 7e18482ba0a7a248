using RoleBot.Cards.Actions;

namespace RoleBot.Answers.Documents;

// One answer, independent of channel: the Adaptive Card renderer and the Slack renderer both draw it, so an
// answer reads the same everywhere. All strings are plain text (knowledge-base text or cleaned user text).
// Kind: rank, lineup, compare, role, career, faq, help, clarify, cannot: names the card in logs and CI output.
// Text: One plain sentence stating the answer: activity text, notifications, screen readers, fallbackText.
// Lead: The first thing the card shows.
public sealed record AnswerDocument(string Kind, string Text, string Lead)
{
    public string? Title { get; init; }

    // A verdict is shown large and bold before the title; otherwise the title leads as a heading.
    public bool LeadIsVerdict { get; init; }

    // True when the reply asks the user something (clarifications), so clients keep the input open.
    public bool ExpectsReply { get; init; }

    public IReadOnlyList<DocSection> Sections { get; init; } = [];
    public IReadOnlyList<FollowUp> FollowUps { get; init; } = [];

    // "Was this helpful?" under an answer; null on help, clarifications and refusals, which answer nothing to rate.
    public VoteOffer? Vote { get; init; }
    public IReadOnlyList<Citation> Sources { get; init; } = [];
    // Worded by answers.json heading.sources in every document that cites sources; no English fallback here.
    public string SourcesHeading { get; init; } = "";
}

public sealed record FollowUp(string Title, CardPayload Payload);

public sealed record VoteOffer(string Prompt, FollowUp Yes, FollowUp No);

public abstract record DocSection(string? Heading);

public sealed record ParagraphSection(string? Heading, string Text) : DocSection(Heading);

// Items already limited; a final "…and N more" item says what was left out.
public sealed record ListSection(string? Heading, IReadOnlyList<string> Items) : DocSection(Heading);

public sealed record LadderSection(string? Heading, IReadOnlyList<LadderRung> Rungs) : DocSection(Heading);

public sealed record LadderRung(string Text, bool Highlighted);

public sealed record SideBySideSection(string? Heading, string AspectLabel, string LeftTitle, string RightTitle, IReadOnlyList<SideBySideRow> Rows)
    : DocSection(Heading);

public sealed record SideBySideRow(string Aspect, string Left, string Right);
