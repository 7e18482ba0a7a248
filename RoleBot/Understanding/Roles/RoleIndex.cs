using RoleBot.Knowledge;
using RoleBot.Understanding.Content;
using RoleBot.Understanding.Text;

namespace RoleBot.Understanding.Roles;

/// <summary>
/// Every way the knowledge base names a role (name, abbreviations, aliases, id, disciplines), keyed by its
/// normalised phrase, so finding a role is one dictionary hit per n-gram however many roles exist.
/// </summary>
public sealed class RoleIndex
{
    private readonly Dictionary<string, List<string>> _phrases = new(StringComparer.Ordinal);
    private readonly HashSet<string> _capitalsOnly = new(StringComparer.Ordinal);
    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>>.AlternateLookup<ReadOnlySpan<char>> _phraseSpans;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _capitalsOnlySpans;

    public RoleIndex(KnowledgeBase kb, SynonymsFile synonyms, TextNormalizer normalizer)
    {
        var everyday = new HashSet<string>(synonyms.StopWords.Concat(synonyms.ChoiceFillers).SelectMany(normalizer.Words), StringComparer.Ordinal);
        var abbreviations = kb.Roles.SelectMany(r => r.Abbreviations).Concat(kb.AmbiguousAliases.Select(a => a.Alias).Where(a => a.All(c => !char.IsLower(c))));
        foreach (var key in abbreviations.Select(normalizer.Key).Where(everyday.Contains))
        {
            _capitalsOnly.Add(key);
        }

        foreach (var alias in kb.AmbiguousAliases)
        {
            // The knowledge base's order is the order the bot offers the choices in.
            foreach (var role in alias.Roles)
            {
                Add(normalizer.Key(alias.Alias), role);
            }
        }

        foreach (var role in kb.Roles)
        {
            foreach (var surface in role.Aliases.Concat(role.Abbreviations).Prepend(role.Id.Replace('-', ' ')).Prepend(role.Name))
            {
                Add(normalizer.Key(surface), role.Id);
            }
        }

        foreach (var (discipline, target) in synonyms.Disciplines)
        {
            var key = normalizer.Key(discipline);
            if (!_phrases.ContainsKey(key) && _phrases.TryGetValue(normalizer.Key(target), out var roles))
            {
                _phrases[key] = roles;
            }
        }

        NameWords = [.. kb.Roles.SelectMany(r => r.Abbreviations.Prepend(r.Name)).SelectMany(normalizer.Words).Distinct(StringComparer.Ordinal)];
        MaxWords = Math.Min(8, _phrases.Keys.Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max());
        Words = [.. _phrases.Keys.SelectMany(k => k.Split(' ')).Distinct(StringComparer.Ordinal)];
        _firstWords.UnionWith(_phrases.Keys.Select(FirstWord));
        _phraseSpans = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        _capitalsOnlySpans = _capitalsOnly.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int MaxWords { get; }

    /// <summary>Every word that occurs in some role phrase (the typo repairer's role vocabulary).</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Words of the roles' own names and abbreviations: what a question about roles is likely to contain.</summary>
    public IReadOnlyList<string> NameWords { get; }

    public IReadOnlyList<string>? Find(string key) => _phrases.GetValueOrDefault(key);

    public bool RequiresCapitals(string key) => _capitalsOnly.Contains(key);

    /// <summary>The same lookups for an n-gram joined into a reused buffer, so trying one allocates nothing.</summary>
    public IReadOnlyList<string>? Find(ReadOnlySpan<char> key) => _phraseSpans.TryGetValue(key, out var roles) ? roles : null;

    public bool RequiresCapitals(ReadOnlySpan<char> key) => _capitalsOnlySpans.Contains(key);

    /// <summary>Whether some role phrase starts with this word: most words start none, and need no n-gram built.</summary>
    public bool StartsAny(string word) => _firstWords.Contains(FirstWord(word));

    private static string FirstWord(string phrase) => phrase.IndexOf(' ') is var space and >= 0 ? phrase[..space] : phrase;

    private void Add(string key, string roleId)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!_phrases.TryGetValue(key, out var roles))
        {
            _phrases[key] = roles = [];
        }

        if (!roles.Contains(roleId, StringComparer.OrdinalIgnoreCase))
        {
            roles.Add(roleId);
        }
    }
}
