using RoleBot.Knowledge.Loading;

namespace RoleBot.Knowledge.Validation;

/// <summary>
/// Semantic checks the JSON schema cannot express: ids unique and resolvable, every term naming one role
/// (unless declared ambiguous), and a reporting graph that is acyclic and consistent with the ladder.
/// </summary>
public static class KnowledgeBaseValidator
{
    public static IReadOnlyList<KnowledgeBaseError> Validate(KnowledgeBaseDocument document)
    {
        var issues = new ValidationIssues();
        RequiredFieldRules.Check(document, issues);
        SourceRules.Check(document, issues);
        EvidenceRules.Check(document, issues);
        var ids = IdRules.Check(document, issues);
        ReferenceRules.Check(document, ids, issues);
        TermRules.Check(document, issues);
        HierarchyRules.Check(document, ids, issues);
        OrderingRules.Check(document, issues);

        // Ranking needs resolvable ids and an acyclic reporting graph, so it waits until everything else holds.
        if (issues.Items.Count == 0)
        {
            OrderingRules.CheckFirmVerdicts(document, issues);
        }

        return issues.Items;
    }
}
