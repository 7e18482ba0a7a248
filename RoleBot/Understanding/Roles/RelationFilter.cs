using RoleBot.Understanding.Content;
using RoleBot.Understanding.Text;

namespace RoleBot.Understanding.Roles;

/// <summary>
/// "Manager" also names a relation between people: in "who is the manager of a team lead", "a regional manager's
/// line manager" or "my manager says…" it is who someone reports to, not a role asked about. Such spans are
/// dropped when another role is named, and their words stay in the template for the ReportsTo cues.
/// </summary>
public sealed class RelationFilter(SynonymsFile synonyms, TextNormalizer normalizer)
{
    private static readonly string[] Links = ["of", "for"];
    private static readonly string[] Articles = ["the", "a", "an", "my", "our", "your", "their"];
    private static readonly string[] Owners = ["my", "our", "your", "his", "her", "their"];

    private readonly HashSet<string> _relations = new(synonyms.Relations.Select(normalizer.Key), StringComparer.Ordinal);

    public List<RoleSpan> Filter(IReadOnlyList<Token> tokens, List<RoleSpan> roles)
    {
        if (roles.Count < 2 || _relations.Count == 0)
        {
            return roles;
        }

        var starts = roles.Select(r => r.First).ToHashSet();
        var ends = roles.Select(r => r.End).ToHashSet();
        return [.. roles.Where(r => !IsRelation(tokens, r, starts, ends))];
    }

    private bool IsRelation(IReadOnlyList<Token> tokens, RoleSpan role, HashSet<int> starts, HashSet<int> ends)
    {
        if (!_relations.Contains(string.Join(' ', tokens.Skip(role.First).Take(role.Count).Select(t => t.Key))))
        {
            return false;
        }

        var after = role.End;
        var linksToRole = after < tokens.Count && Links.Contains(tokens[after].Key)
            && (starts.Contains(after + 1) || (after + 2 < tokens.Count && Articles.Contains(tokens[after + 1].Key) && starts.Contains(after + 2)));
        var ownedByRole = ends.Contains(role.First);
        var ownedByPerson = role.First > 0 && Owners.Contains(tokens[role.First - 1].Key);
        return linksToRole || ownedByRole || ownedByPerson;
    }
}
