using RoleBot.Knowledge;

namespace RoleBot.Answers;

/// <summary>Turns knowledge-base records into answer inputs: resolves role ids to names and source ids to citations.</summary>
public static class AnswerMapper
{
    public static RoleAnswer Describe(Role role, KnowledgeBase kb, RoleFocus focus = RoleFocus.Overview) =>
        new(RoleRef.From(role), role.Description, focus)
        {
            Responsibilities = role.Responsibilities,
            Skills = role.Skills,
            Requirements = role.Requirements,
            InterviewQuestions = role.InterviewQuestions,
            ReportsTo = Roles(role.ReportsTo, kb),
            NextSteps = Roles(role.NextSteps, kb),
            Caveats = role.Caveats,
            Sources = Citations(role.Sources, kb),
        };

    public static ComparisonAnswer Compare(Comparison comparison, KnowledgeBase kb) =>
        new(Role(comparison.First, kb), Role(comparison.Second, kb), comparison.Summary)
        {
            Dimensions = comparison.Dimensions,
            Caveats = comparison.Caveats,
            Sources = Citations(comparison.Sources, kb),
        };

    public static CareerPathAnswer NextSteps(Role role, KnowledgeBase kb) =>
        new(RoleRef.From(role), CareerDirection.Next) { Steps = Roles(role.NextSteps, kb), Sources = Citations(role.Sources, kb) };

    /// <summary>Roles on the same track above this one, nearest first.</summary>
    public static CareerPathAnswer Higher(Role role, KnowledgeBase kb) =>
        new(RoleRef.From(role), CareerDirection.Higher)
        {
            Steps = [.. kb.Roles
                .Where(r => r.Track == role.Track && r.Level > role.Level)
                .OrderBy(r => r.Level).ThenBy(r => r.Name, StringComparer.Ordinal)
                .Select(RoleRef.From)],
            Sources = Citations(role.Sources, kb),
        };

    public static FaqAnswer Faq(Faq faq, KnowledgeBase kb) =>
        new(faq.Id, faq.Question, faq.Answer) { RelatedRoles = Roles(faq.RelatedRoles, kb), Sources = Citations(faq.Sources, kb) };

    public static RoleRef Role(string id, KnowledgeBase kb) =>
        kb.FindRole(id) is { } role ? RoleRef.From(role) : new RoleRef(id, id);

    public static IReadOnlyList<RoleRef> Roles(IEnumerable<string> ids, KnowledgeBase kb) => [.. ids.Select(id => Role(id, kb))];

    /// <summary>An id the knowledge base does not know still cites something rather than vanishing.</summary>
    public static IReadOnlyList<Citation> Citations(IEnumerable<string> ids, KnowledgeBase kb) =>
        [.. ids.Select(id => kb.FindSource(id) is { } source ? Citation.From(source) : new Citation(id))];
}
