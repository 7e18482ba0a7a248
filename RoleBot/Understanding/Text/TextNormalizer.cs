using RoleBot.Understanding.Content;

namespace RoleBot.Understanding.Text;

/// <summary>Cleaning, tokenising and synonym rewriting shared by questions, role names and examples.</summary>
public sealed class TextNormalizer
{
    private readonly HashSet<string> _contractions;
    private readonly PhraseRewriter _rewriter;
    private readonly PhraseRewriter _cues;

    public TextNormalizer(SynonymsFile synonyms)
    {
        MaxLength = synonyms.MaxInputLength;
        _contractions = new HashSet<string>(synonyms.Replacements.Keys.Where(k => k.Contains('\'')).Select(k => k.ToLowerInvariant()), StringComparer.Ordinal);
        _rewriter = new PhraseRewriter(synonyms.Replacements, _contractions);
        _cues = new PhraseRewriter(synonyms.CueReplacements, _contractions);
    }

    public int MaxLength { get; }

    public string Clean(string? raw) => TextCleaner.Clean(raw, MaxLength);

    public List<Token> Tokenize(string cleaned) => Tokenizer.Tokenize(cleaned, _contractions);

    public List<Token> Rewrite(IReadOnlyList<Token> tokens) => _rewriter.Rewrite(tokens);

    /// <summary>Canonical cue words for the words of a template; role placeholders never match a cue.</summary>
    public List<string> RewriteCues(IReadOnlyList<string> words) => _cues.Rewrite(words);

    /// <summary>The canonical key of a phrase from content or the knowledge base (no typo repair).</summary>
    public string Key(string phrase) => string.Join(' ', Rewrite(Tokenize(Clean(phrase))).Select(t => t.Key));

    /// <summary>Every word a phrase can contribute, before and after rewriting, so both count as known.</summary>
    public IEnumerable<string> Words(string phrase)
    {
        var tokens = Tokenize(Clean(phrase));
        var rewritten = Rewrite(tokens).Select(t => t.Key).ToList();
        return tokens.Select(t => t.Key).Concat(rewritten).Concat(RewriteCues(rewritten));
    }
}
