namespace RoleBot.Answers.Documents;

/// <summary>
/// Two documents are equal when everything a renderer reads from them is: every member, lists element by element,
/// a citation's link as written. The records' own equality compares lists by reference and links as
/// <see cref="Uri"/> does (which ignores the fragment), so it cannot key a cache of what a document looks like.
/// A member added to a document or a section must be added here too; <c>AnswerDocumentComparerTests</c> changes
/// every member one by one and fails when a change goes unnoticed.
/// </summary>
public sealed class AnswerDocumentComparer : IEqualityComparer<AnswerDocument>
{
    public static AnswerDocumentComparer Instance { get; } = new();

    public bool Equals(AnswerDocument? x, AnswerDocument? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null
            && x.Kind == y.Kind && x.Text == y.Text && x.Lead == y.Lead && x.Title == y.Title
            && x.LeadIsVerdict == y.LeadIsVerdict && x.ExpectsReply == y.ExpectsReply
            && x.SourcesHeading == y.SourcesHeading && Equals(x.Vote, y.Vote)
            && x.FollowUps.SequenceEqual(y.FollowUps)
            && x.Sources.SequenceEqual(y.Sources, CitationComparer.Instance)
            && x.Sections.SequenceEqual(y.Sections, SectionComparer.Instance));

    // The sentence and the lead name the roles and the verdict, so they tell answers apart; hashing every list item
    // as well cost more than the few equal hashes it avoids. Equality still reads every member.
    public int GetHashCode(AnswerDocument document) => HashCode.Combine(
        document.Kind, document.Text, document.Lead, document.Title, document.Sections.Count, document.FollowUps.Count, document.Sources.Count);

    private sealed class CitationComparer : IEqualityComparer<Citation>
    {
        public static CitationComparer Instance { get; } = new();

        public bool Equals(Citation? x, Citation? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.Title == y.Title && x.Url?.OriginalString == y.Url?.OriginalString);

        public int GetHashCode(Citation citation) => HashCode.Combine(citation.Title, citation.Url?.OriginalString);
    }

    // Paragraphs hold only strings, so their own equality serves; the other sections hold lists.
    private sealed class SectionComparer : IEqualityComparer<DocSection>
    {
        public static SectionComparer Instance { get; } = new();

        public bool Equals(DocSection? x, DocSection? y) => (x, y) switch
        {
            (ListSection a, ListSection b) => a.Heading == b.Heading && a.Items.SequenceEqual(b.Items),
            (LadderSection a, LadderSection b) => a.Heading == b.Heading && a.Rungs.SequenceEqual(b.Rungs),
            (SideBySideSection a, SideBySideSection b) => a.Heading == b.Heading && a.AspectLabel == b.AspectLabel
                && a.LeftTitle == b.LeftTitle && a.RightTitle == b.RightTitle && a.Rows.SequenceEqual(b.Rows),
            (ParagraphSection a, ParagraphSection b) => a.Equals(b),
            _ => ReferenceEquals(x, y),
        };

        public int GetHashCode(DocSection section) => HashCode.Combine(section.GetType(), section.Heading);
    }
}
