using RoleBot.Knowledge;

namespace RoleBot.Understanding.Search;

/// <summary>Cuts the knowledge base into passages: a role's description, lists and caveats; a comparison's summary,
/// rows and caveats; orderings; FAQs. Each passage carries the evidence quotes that back its claim.</summary>
public static class PassageCatalog
{
    public static IReadOnlyList<Passage> From(KnowledgeBase kb)
    {
        var passages = new List<Passage>();
        foreach (var role in kb.Roles)
        {
            passages.AddRange(RolePassages(role));
        }

        foreach (var comparison in kb.Comparisons)
        {
            passages.AddRange(ComparisonPassages(comparison, kb));
        }

        passages.AddRange(kb.Orderings.Select((o, i) => new Passage($"ordering/{i}", PassageKind.Ordering, o.Roles, o.Because)
        {
            Sources = o.Sources,
            Topic = RoleTopic(o.Roles, kb),
            Extra = Quotes(o.Evidence, "because"),
        }));
        passages.AddRange(kb.Faqs.Select(f => new Passage($"faq/{f.Id}", PassageKind.Faq, f.RelatedRoles, f.Answer)
        {
            FaqId = f.Id,
            Sources = f.Sources,
            Topic = string.Join(" ", f.Examples.Prepend(f.Question)),
            Extra = Quotes(f.Evidence, "answer"),
        }));
        return passages.Where(p => p.Text.Length > 0).ToList();
    }

    private static IEnumerable<Passage> RolePassages(Role role)
    {
        var topic = string.Join(" ", role.Aliases.Concat(role.Abbreviations).Prepend(role.Name));
        Passage Make(string field, PassageKind kind, string text) => new($"role/{role.Id}/{field}", kind, [role.Id], text)
        {
            Sources = role.Sources,
            Topic = topic,
            Extra = Quotes(role.Evidence, field.Split('[')[0]),
        };

        yield return Make("description", PassageKind.RoleDescription, role.Description);
        yield return Make("responsibilities", PassageKind.RoleResponsibilities, string.Join("; ", role.Responsibilities));
        yield return Make("skills", PassageKind.RoleSkills, string.Join("; ", role.Skills));
        yield return Make("requirements", PassageKind.RoleRequirements, string.Join("; ", role.Requirements));
        yield return Make("interviewQuestions", PassageKind.RoleInterview, string.Join("; ", role.InterviewQuestions));
        for (var i = 0; i < role.Caveats.Count; i++)
        {
            yield return Make($"caveats[{i}]", PassageKind.RoleCaveat, role.Caveats[i]) with { Extra = Quotes(role.Evidence, $"caveats[{i}]") };
        }
    }

    private static IEnumerable<Passage> ComparisonPassages(Comparison c, KnowledgeBase kb)
    {
        var id = $"comparison/{c.First}/{c.Second}";
        var topic = RoleTopic([c.First, c.Second], kb);
        yield return new Passage($"{id}/summary", PassageKind.ComparisonSummary, [c.First, c.Second], c.Summary)
        {
            Sources = c.Sources, Topic = topic, Extra = Quotes(c.Evidence, "summary"),
        };
        for (var i = 0; i < c.Dimensions.Count; i++)
        {
            var d = c.Dimensions[i];
            yield return new Passage($"{id}/dimensions[{i}]", PassageKind.ComparisonDimension, [c.First, c.Second], d.First)
            {
                Dimension = d.Name, SecondText = d.Second, Sources = c.Sources,
                Topic = $"{topic} {d.Name}", Extra = $"{d.Second} {Quotes(c.Evidence, $"dimensions[{i}]")}",
            };
        }

        for (var i = 0; i < c.Caveats.Count; i++)
        {
            yield return new Passage($"{id}/caveats[{i}]", PassageKind.ComparisonCaveat, [c.First, c.Second], c.Caveats[i])
            {
                Sources = c.Sources, Topic = topic, Extra = Quotes(c.Evidence, $"caveats[{i}]"),
            };
        }
    }

    private static string RoleTopic(IEnumerable<string> ids, KnowledgeBase kb) =>
        string.Join(" ", ids.Select(kb.FindRole).OfType<Role>().SelectMany(r => r.Abbreviations.Prepend(r.Name)));

    private static string Quotes(IEnumerable<Evidence> evidence, string claim) =>
        string.Join(" ", evidence.Where(e => e.Claim == claim || e.Claim.StartsWith(claim + "[", StringComparison.Ordinal)
            || e.Claim.StartsWith(claim + ".", StringComparison.Ordinal)).Select(e => e.Quote));
}
