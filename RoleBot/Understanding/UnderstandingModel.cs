using System.Text.RegularExpressions;
using RoleBot.Knowledge;
using RoleBot.Understanding.Content;
using RoleBot.Understanding.Intents;
using RoleBot.Understanding.Roles;
using RoleBot.Understanding.Text;

namespace RoleBot.Understanding;

/// <summary>
/// Everything compiled from one knowledge base and one version of the content files. Built once per pair and
/// shared by all questions; a reload of either builds a new one.
/// </summary>
public sealed class UnderstandingModel
{
    private static long s_built;
    private readonly Analyzer _analyzer;
    private readonly IntentClassifier _classifier;
    private readonly FaqMatcher _faqs;
    private readonly OrdinalParser _ordinals;
    private readonly IntentDecider _decider;
    private readonly OffTopicComparison _offTopic;
    private readonly QuestionFocus _focus;
    private readonly LongMessage _long;

    public UnderstandingModel(KnowledgeBase kb, NluContent content)
    {
        KnowledgeBase = kb;
        Content = content;
        var synonyms = content.Synonyms;
        var normalizer = new TextNormalizer(synonyms);
        var roles = new RoleIndex(kb, synonyms, normalizer);
        var spans = new RoleSpanRecognizer(roles, synonyms, normalizer);
        var structure = StructureWords(kb, content, normalizer).Concat(spans.QualifierWords).ToList();
        var corrector = new TokenCorrector(roles.Words, structure, synonyms.Fuzzy, synonyms.RealWords.SelectMany(normalizer.Words));
        _analyzer = new Analyzer(normalizer, corrector, new CompoundSplitter(roles, normalizer, corrector.IsKnown), spans, new RelationFilter(synonyms, normalizer), synonyms);
        _classifier = new IntentClassifier(content, _analyzer);
        _faqs = new FaqMatcher(kb, synonyms, normalizer, _analyzer);
        _ordinals = new OrdinalParser(synonyms);
        var stop = new HashSet<string>(synonyms.StopWords.Concat(synonyms.ChoiceFillers).SelectMany(normalizer.Words), StringComparer.Ordinal);

        // Words of every alias would make "system" (of "business systems analyst") or "the" (of "the board") a sign
        // of a question about roles: only the roles' names count, never stop words.
        var domain = new HashSet<string>(synonyms.DomainWords.SelectMany(normalizer.Words).Concat(roles.NameWords).Where(w => !stop.Contains(w)), StringComparer.Ordinal);
        var shape = new WordShape(corrector.IsKnown, structure.Concat(roles.Words).Concat(Prose(kb)));
        _decider = new IntentDecider(content, domain, stop, shape.IsPlausible);
        _offTopic = new OffTopicComparison(synonyms.RoleHeads.Select(normalizer.Key));
        _focus = new QuestionFocus(content.CompiledIntents.ToDictionary(i => i.Intent, i => i.ExpectedRoles));
        _long = new LongMessage(synonyms.MaxInputLength, Math.Max(synonyms.MaxInputLength, synonyms.MaxMessageLength));
    }

    public KnowledgeBase KnowledgeBase { get; }
    public NluContent Content { get; }

    /// <summary>Unique in the process: what <see cref="UnderstandingMemo"/> files results under.</summary>
    public long Id { get; } = Interlocked.Increment(ref s_built);

    /// <summary>The intent cues run compiled (<see cref="CueCompilation"/>); until then they run interpreted.</summary>
    public bool CuesCompiled => _classifier.CuesCompiled;

    /// <inheritdoc cref="IntentClassifier.CompileCues"/>
    public int CompileCues() => _classifier.CompileCues();

    public UnderstandingResult Understand(string? text)
    {
        if (_long.TooLong(text) is { } cleaned && _long.Question(cleaned, Understand) is { } question)
        {
            return question;
        }

        var analysis = _analyzer.Analyze(text);
        var ordinal = analysis.Roles.Count == 0 ? _ordinals.Parse([.. analysis.Tokens.Select(t => t.Key)]) : null;
        if (ordinal is not null)
        {
            return new UnderstandingResult { Text = analysis.Cleaned, Intent = Intent.None, Confidence = 1, Ordinal = ordinal };
        }

        var faq = _faqs.Best(analysis);
        var (decision, alternatives) = _offTopic.Apply(analysis, _decider.Decide(analysis, _classifier.Score(analysis), faq));
        if (decision.Intent is Intent.Greeting or Intent.Thanks or Intent.Goodbye && QuestionAfterCourtesy(analysis) is { } offset)
        {
            // "thanks! and what about a CFO?": the courtesy opens the message, the question after it is what to answer.
            var rest = Understand(analysis.Cleaned[offset..]);
            return rest with { Text = analysis.Cleaned, Roles = [.. rest.Roles.Select(r => r with { Start = r.Start + offset })] };
        }

        var roleBased = IntentDecider.IsRoleBased(decision.Intent);
        if (LostInContext(analysis, decision.Intent) && _focus.Question(analysis, Understand) is { } focused)
        {
            return focused;
        }

        return new UnderstandingResult
        {
            Text = analysis.Cleaned,
            Intent = decision.Intent,
            Confidence = decision.Score,
            Roles = [.. analysis.Roles.Select(r => Mention(analysis, r))],
            UnknownRoles = roleBased && !_focus.Answerable(decision.Intent, analysis.Roles.Count)
                ? [.. analysis.Unknown.Select(u => analysis.SpanText(u.First, u.Count)).Where(TitleShape.IsTitle)]
                : [],
            TitleCandidate = analysis.Roles.Count == 0 ? WholeAsTitle(analysis) : null,
            FaqId = decision.Intent == Intent.Faq ? faq.Id : null,
            AsksLower = decision.Intent == Intent.Rank && AsksLower(analysis),
            Alternatives = alternatives,
        };
    }

    // Words around the question ("for the Lisbon office", a role named twice) are context, not what is asked.
    private bool LostInContext(Analysis analysis, Intent intent) =>
        analysis.Roles.Count > 0
        && (analysis.Unknown.Count > 0 || !IntentDecider.IsRoleBased(intent) || analysis.Roles.Count > _focus.Expected(intent));

    // Where the next sentence starts when a role is named after the first punctuation ("hi! what does a CTO do?").
    private static int? QuestionAfterCourtesy(Analysis analysis)
    {
        var firstRole = analysis.Roles.Count > 0 ? analysis.Roles[0].First : -1;
        for (var i = 1; i <= firstRole; i++)
        {
            if (analysis.Tokens[i].BreakBefore)
            {
                return analysis.Tokens[i].Start;
            }
        }

        return null;
    }

    // A short answer to "which role?" that names none ("the overlord") is itself the unknown title, if shaped like one.
    private static string? WholeAsTitle(Analysis analysis)
    {
        var first = 0;
        while (first < analysis.Tokens.Count && analysis.Tokens[first].Key is "a" or "an" or "the")
        {
            first++;
        }

        if (first == analysis.Tokens.Count || analysis.Tokens.Count - first > TitleShape.MaxWords)
        {
            return null;
        }

        var text = analysis.Cleaned[analysis.Tokens[first].Start..analysis.Tokens[^1].End].Trim('.', '!', '?', ' ');
        return TitleShape.IsTitle(text) ? text : null;
    }

    private static RoleMention Mention(Analysis analysis, RoleSpan match)
    {
        var start = analysis.Tokens[match.First].Start;
        var end = analysis.Tokens[match.End - 1].End;
        return new RoleMention(analysis.Cleaned[start..end], start, end - start, match.Candidates, match.Score) { Qualifier = match.Qualifier };
    }

    private static bool AsksLower(Analysis analysis) =>
        analysis.Template.Contains("below") && !analysis.Template.Contains("above");

    // The literal words of a cue pattern ("weather" in "\\b(weather|joke)\\b") are vocabulary too, so typo repair leaves them alone.
    private static IEnumerable<string> CueWords(string pattern) =>
        Regex.Matches(Regex.Replace(pattern, @"\\[a-zA-Z]|\{\w+\}", " "), "[a-z]{2,}").Select(m => m.Value);

    private static IEnumerable<string> Prose(KnowledgeBase kb) =>
        kb.Roles.SelectMany(r => r.Responsibilities.Concat(r.Skills).Concat(r.Requirements).Concat(r.Caveats).Prepend(r.Description))
            .Concat(kb.Faqs.Select(f => f.Answer));

    private static IEnumerable<string> StructureWords(KnowledgeBase kb, NluContent content, TextNormalizer normalizer)
    {
        var synonyms = content.Synonyms;
        IEnumerable<string> phrases = [
            .. synonyms.StopWords, .. synonyms.DomainWords, .. synonyms.SlotLeaders, .. synonyms.Ordinals.Keys, .. synonyms.ChoiceFillers,
            .. content.Intents.Intents.SelectMany(i => i.Cues).SelectMany(c => CueWords(c.Pattern)),
            .. synonyms.Replacements.Keys, .. synonyms.Replacements.Values, .. synonyms.CueReplacements.Keys, .. synonyms.CueReplacements.Values, .. synonyms.Disciplines.Keys,
            .. content.Intents.Intents.SelectMany(i => i.Examples),
            .. kb.Faqs.SelectMany(f => f.Examples.Prepend(f.Question)),
            Analyzer.RolePlaceholder,
        ];
        return phrases.SelectMany(normalizer.Words);
    }
}
