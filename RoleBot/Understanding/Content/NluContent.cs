using System.Text.RegularExpressions;

namespace RoleBot.Understanding.Content;

/// <summary>One validated version of the language-understanding files; a reload produces a new instance.</summary>
public sealed class NluContent
{
    // "{role}" in a cue is a role slot: a known role or a word used as one, optionally after an article.
    private const string RoleSlot = "(?:(?:a|an|the|my|our|your) )?(?:<role>|<unk>)";
    private const string KnownRoleSlot = "(?:(?:a|an|the|my|our|your) )?<role>";

    public NluContent(SynonymsFile synonyms, IntentsFile intents)
    {
        Synonyms = synonyms;
        Intents = intents;
        var compiled = new List<CompiledIntent>();
        foreach (var definition in intents.Intents)
        {
            if (!Enum.TryParse<Intent>(definition.Name, ignoreCase: false, out var intent) || intent == Intent.None)
            {
                throw new InvalidDataException($"intents.json: '{definition.Name}' is not an intent name ({string.Join(", ", Enum.GetNames<Intent>().Skip(1))}).");
            }

            var cues = definition.Cues.Select(c => new CompiledCue(Compile(definition.Name, c.Pattern), Math.Clamp(c.Weight, -1, 1), CueAnchors.Of(Expand(c.Pattern)))).ToList();
            compiled.Add(new CompiledIntent(intent, definition.ExpectedRoles, cues, definition.Examples));
        }

        CompiledIntents = compiled;
    }

    public SynonymsFile Synonyms { get; }
    public IntentsFile Intents { get; }
    public IReadOnlyList<CompiledIntent> CompiledIntents { get; }

    private static string Expand(string pattern) =>
        pattern.Replace("{role}", RoleSlot, StringComparison.Ordinal).Replace("{known}", KnownRoleSlot, StringComparison.Ordinal);

    private static Regex Compile(string intent, string pattern)
    {
        var expanded = Expand(pattern);
        try
        {
            // Interpreted first: each compiled cue is JIT-compiled on its first match, over a second for the shipped
            // cues (and again after every content reload), which the first question paid; and a JIT under load counted
            // against the 50 ms timeout, silently dropping a cue. CueCompilation compiles them once the bot runs, off
            // the question path; CueScreen runs only the few cues whose literal words the template holds.
            return new Regex(expanded, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"intents.json: intent '{intent}' has an invalid cue pattern '{pattern}': {e.Message}", e);
        }
    }
}

public sealed record CompiledIntent(Intent Intent, int ExpectedRoles, IReadOnlyList<CompiledCue> Cues, IReadOnlyList<string> Examples);

/// <summary>
/// A cue ready to run; Anchors (see <see cref="CueAnchors"/>) let most cues be skipped without running the regex. It
/// starts interpreted; <see cref="Compile"/> swaps in a compiled form once that has run (and so been JIT-compiled)
/// off the question path.
/// </summary>
public sealed class CompiledCue(Regex pattern, double weight, IReadOnlyList<IReadOnlyList<string>> anchors)
{
    private Regex _pattern = pattern;

    public Regex Pattern => Volatile.Read(ref _pattern);

    public double Weight { get; } = weight;

    public IReadOnlyList<IReadOnlyList<string>> Anchors { get; } = anchors;

    public bool IsCompiled => (Pattern.Options & RegexOptions.Compiled) != 0;

    /// <summary>Builds the compiled form, runs it on <paramref name="samples"/> (its JIT is paid here), then swaps it in.</summary>
    public void Compile(IEnumerable<string> samples)
    {
        var interpreted = Pattern;
        if (IsCompiled)
        {
            return;
        }

        var compiled = new Regex(interpreted.ToString(), interpreted.Options | RegexOptions.Compiled, interpreted.MatchTimeout);
        foreach (var sample in samples)
        {
            Run(compiled, sample);
        }

        Volatile.Write(ref _pattern, compiled);
    }

    // The first match of a compiled regex includes its JIT, which counts against the timeout: that is why it runs here,
    // and why a timeout is tried once more (the JIT is done by then).
    private static void Run(Regex regex, string sample)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                regex.IsMatch(sample);
                return;
            }
            catch (RegexMatchTimeoutException)
            {
            }
        }
    }
}
