using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using RoleBot.Understanding.Content;

namespace RoleBot.Understanding.Search;

/// <summary>
/// English analysis for passages and questions alike: standard tokens, possessives dropped, lower case, the
/// replacements and search synonyms of synonyms.json ("ops" → "operations", "vp" → "vice president") as a Lucene SynonymMap, English
/// and synonyms.json stop words (with its search stop words), Porter stemming.
/// </summary>
public static class PassageAnalyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer Create(SynonymsFile synonyms)
    {
        var map = SynonymsOf(synonyms);
        var stopWords = new CharArraySet(Version, EnglishAnalyzer.DefaultStopSet, ignoreCase: true);
        stopWords.UnionWith(synonyms.StopWords);
        stopWords.UnionWith(synonyms.SearchStopWords);
        return Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
            stream = new LowerCaseFilter(Version, stream);
            if (map is not null)
            {
                stream = new SynonymFilter(stream, map, ignoreCase: true);
            }

            stream = new StopFilter(Version, stream, stopWords);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        });
    }

    private static SynonymMap? SynonymsOf(SynonymsFile synonyms)
    {
        var builder = new SynonymMap.Builder(dedup: true);
        var added = 0;
        foreach (var (from, to) in synonyms.Replacements.Concat(synonyms.SearchSynonyms))
        {
            var input = Words(from);
            var output = Words(to);
            if (input.Length == 0 || output.Length == 0)
            {
                continue;
            }

            builder.Add(SynonymMap.Builder.Join(input, new CharsRef()), SynonymMap.Builder.Join(output, new CharsRef()), includeOrig: false);
            added++;
        }

        return added == 0 ? null : builder.Build();
    }

    // The replacements are written as the recognizer sees words; the standard tokenizer keeps "what's" whole too.
    private static string[] Words(string phrase) =>
        phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
