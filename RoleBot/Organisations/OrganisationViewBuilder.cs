using System.Text;
using RoleBot.Knowledge;

namespace RoleBot.Organisations;

/// <summary>Builds an <see cref="OrganisationView"/>: links each title to the knowledge base's role of the same name or alias, or makes it a role of its own.</summary>
public static class OrganisationViewBuilder
{
    public static OrganisationView Build(Organisation organisation, KnowledgeBase general, Func<Organisation, OrganisationTitle, string> describe)
    {
        var generalTerms = GeneralTerms(general);
        var roleByTitle = new Dictionary<OrganisationTitle, string>(ReferenceEqualityComparer.Instance);
        var own = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var taken = new HashSet<string>(general.Roles.Select(r => r.Id), StringComparer.OrdinalIgnoreCase);
        foreach (var title in organisation.Ladder.Titles)
        {
            var linked = title.Aliases.Prepend(title.Title).Select(t => generalTerms.GetValueOrDefault(TermNormalizer.Normalize(t)))
                .FirstOrDefault(id => id is not null && !roleByTitle.ContainsValue(id));
            if (linked is null)
            {
                linked = UniqueId(title.Title, taken);
                own.Add(linked);
            }

            roleByTitle[title] = linked;
        }

        var orgTerms = new HashSet<string>(organisation.Ladder.Titles.SelectMany(t => t.Aliases.Prepend(t.Title)).Select(TermNormalizer.Normalize), StringComparer.Ordinal);
        var titleByRole = roleByTitle.ToDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);
        string? IdOf(string? titleName) => titleName is not null && organisation.Ladder.Find(titleName) is { } t ? roleByTitle[t] : null;
        IReadOnlyList<string> Next(OrganisationTitle t) => [.. organisation.Ladder.NextUp(t).Select(n => roleByTitle[n])];

        var roles = general.Roles.Select(role => titleByRole.TryGetValue(role.Id, out var title)
                ? role with
                {
                    // The organisation's own words name this role; no other role keeps them.
                    Aliases = [.. role.Aliases.Where(a => !orgTerms.Contains(TermNormalizer.Normalize(a))).Concat(title.Aliases).Append(title.Title)
                        .Where(a => TermNormalizer.Normalize(a) != TermNormalizer.Normalize(role.Name)).DistinctBy(TermNormalizer.Normalize)],
                    ReportsTo = IdOf(title.ReportsTo) is { } manager ? [manager] : [],
                    NextSteps = Next(title),
                    Sources = [OrganisationView.SourceId, .. role.Sources],
                }
                : role with
                {
                    Aliases = [.. role.Aliases.Where(a => !orgTerms.Contains(TermNormalizer.Normalize(a)))],
                    Abbreviations = [.. role.Abbreviations.Where(a => !orgTerms.Contains(TermNormalizer.Normalize(a)))],
                })
            .Concat(roleByTitle.Where(p => own.Contains(p.Value)).Select(p => new Role
            {
                Id = p.Value,
                Name = p.Key.Title,
                Aliases = p.Key.Aliases,
                Track = p.Key.Track ?? "",
                Level = p.Key.Level,
                ReportsTo = IdOf(p.Key.ReportsTo) is { } manager ? [manager] : [],
                NextSteps = Next(p.Key),
                Description = describe(organisation, p.Key),
                Sources = [OrganisationView.SourceId],
            }));

        var source = new Source { Id = OrganisationView.SourceId, Title = organisation.Source.Title, Url = organisation.Source.Url };
        var knowledge = new KnowledgeBase(roles, general.Comparisons, general.Faqs, general.Sources.Append(source), general.Tracks, general.Ladder,
            general.AmbiguousAliases.Where(a => !orgTerms.Contains(TermNormalizer.Normalize(a.Alias))), general.Orderings);
        return new OrganisationView(organisation, general, knowledge, roleByTitle, own);
    }

    // Ambiguous aliases ("PM") never link: the organisation's title must name its role unambiguously.
    private static Dictionary<string, string> GeneralTerms(KnowledgeBase kb)
    {
        var ambiguous = kb.AmbiguousAliases.Select(a => TermNormalizer.Normalize(a.Alias)).ToHashSet(StringComparer.Ordinal);
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var role in kb.Roles.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            terms.TryAdd(TermNormalizer.Normalize(role.Name), role.Id);
        }

        foreach (var role in kb.Roles.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            foreach (var term in role.Abbreviations.Concat(role.Aliases).Select(TermNormalizer.Normalize).Where(t => !ambiguous.Contains(t)))
            {
                terms.TryAdd(term, role.Id);
            }
        }

        return terms;
    }

    private static string UniqueId(string title, HashSet<string> taken)
    {
        var slug = new StringBuilder("org");
        foreach (var word in TermNormalizer.Normalize(title).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // Ids travel in button payloads: ASCII letters and digits only.
            var ascii = new string([.. word.Where(char.IsAsciiLetterOrDigit)]);
            if (ascii.Length > 0)
            {
                slug.Append('-').Append(ascii);
            }
        }

        var id = slug.ToString();
        for (var n = 2; !taken.Add(id); n++)
        {
            id = $"{slug}-{n}";
        }

        return id;
    }
}
