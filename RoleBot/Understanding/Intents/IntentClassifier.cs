using System.Text.RegularExpressions;
using RoleBot.Understanding.Content;

namespace RoleBot.Understanding.Intents;

/// <summary>
/// Scores every intent in [0, 1] from two kinds of evidence in the content files: weighted cue patterns over the
/// template, and TF-IDF similarity to the intent's examples. They combine as independent evidence (noisy-or),
/// then the number of roles named nudges intents that expect more or fewer.
/// </summary>
public sealed class IntentClassifier
{
    private readonly NluContent _content;
    private readonly TfIdfIndex<Intent> _examples;
    private readonly CueScreen _screen;
    private readonly int _cueCount;
    private readonly IReadOnlyList<string> _exampleTemplates;

    public IntentClassifier(NluContent content, Analyzer analyzer)
    {
        _content = content;
        var analysed = content.CompiledIntents.SelectMany(intent => intent.Examples.Select(example => (intent.Intent, Analysis: analyzer.Analyze(example)))).ToList();
        _examples = new TfIdfIndex<Intent>(analysed.Select(e => (e.Intent, (IReadOnlyList<string>)Features.Of(e.Analysis.Template))));
        _exampleTemplates = [.. analysed.Select(e => e.Analysis.TemplateText).Distinct(StringComparer.Ordinal)];
        var cues = content.CompiledIntents.SelectMany(i => i.Cues).ToList();
        _screen = new CueScreen(cues);
        _cueCount = cues.Count;
    }

    /// <summary>Every cue compiled.</summary>
    public bool CuesCompiled => _content.CompiledIntents.All(i => i.Cues.All(c => c.IsCompiled));

    /// <summary>
    /// Compiles every cue that is still interpreted, each run on the intent examples' templates before it is swapped
    /// in; returns how many it compiled. For <see cref="CueCompilation"/>, never on a question's path.
    /// </summary>
    public int CompileCues()
    {
        var compiled = 0;
        foreach (var cue in _content.CompiledIntents.SelectMany(i => i.Cues).Where(c => !c.IsCompiled))
        {
            cue.Compile(_exampleTemplates);
            compiled++;
        }

        return compiled;
    }

    public List<ScoredIntent> Score(Analysis analysis)
    {
        var thresholds = _content.Intents.Thresholds;
        var template = analysis.TemplateText;
        var similarity = _examples.BestPerLabel(Features.Of(analysis.Template));
        var scores = new List<ScoredIntent>();
        Span<bool> candidates = _cueCount <= 512 ? stackalloc bool[_cueCount] : new bool[_cueCount];
        _screen.Candidates(template, candidates);
        var next = 0;
        foreach (var intent in _content.CompiledIntents)
        {
            var missing = 1.0;
            var damping = 1.0;
            foreach (var cue in intent.Cues)
            {
                if (candidates[next++] && Matches(cue.Pattern, template))
                {
                    // A negative weight is counter-evidence ("higher" makes "GM vs VP" a rank question, not a comparison).
                    if (cue.Weight < 0)
                    {
                        damping *= 1 + cue.Weight;
                    }
                    else
                    {
                        missing *= 1 - cue.Weight;
                    }
                }
            }

            var score = damping * (1 - (missing * (1 - (similarity.GetValueOrDefault(intent.Intent) * thresholds.SimilarityWeight))));
            if (intent.ExpectedRoles == 0 && analysis.Roles.Count > 0)
            {
                score *= thresholds.UnexpectedRolePenalty;
            }
            else if (intent.ExpectedRoles > 0 && analysis.RoleSlots == 0)
            {
                score *= thresholds.MissingRolePenalty;
            }

            scores.Add(new ScoredIntent(intent.Intent, Math.Round(score, 4)));
        }

        return [.. scores.OrderByDescending(s => s.Score)];
    }

    private static bool Matches(Regex pattern, string template)
    {
        try
        {
            return pattern.IsMatch(template);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
