using System.Runtime.CompilerServices;

namespace RoleBot.Dialogs.Prompts;

/// <summary>
/// One cue list of a dialog's content, indexed by each cue's first word: a question is read once for all the cues of
/// a list instead of once per cue. A dozen lists are checked a turn, and scanning the question for each cue in turn
/// was about a sixth of a card answer's CPU (bench/README.md). Matches as <see cref="PlainPhrases"/> does.
/// </summary>
public sealed class CueList
{
    // Lists are replaced, never changed, when content reloads: a list's index lives as long as the list.
    private static readonly ConditionalWeakTable<IReadOnlyList<string>, CueList> Indexes = new();

    private const int MaxWord = 64;
    private readonly Dictionary<string, List<(int Order, string Cue)>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(int Order, string Cue)>>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly string? _wordless;

    private CueList(IReadOnlyList<string> cues)
    {
        for (var i = 0; i < cues.Count; i++)
        {
            var cursor = new PlainPhrases.WordCursor(cues[i]);
            if (!cursor.Next(out var first))
            {
                _wordless ??= cues[i];
                continue;
            }

            var key = PlainPhrases.Lower(first, new char[first.Length]).ToString();
            if (!_byFirstWord.TryGetValue(key, out var list))
            {
                _byFirstWord[key] = list = [];
            }

            list.Add((i, cues[i]));
        }

        _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static CueList Of(IReadOnlyList<string> cues) => Indexes.GetValue(cues, list => new CueList(list));

    /// <summary>A cue's words appear one after the other in the text.</summary>
    public bool Contains(string? text) => First(text, atStart: false, atEnd: false) is not null;

    /// <summary>The text's first words are a cue's.</summary>
    public bool StartsWith(string? text) => First(text, atStart: true, atEnd: false) is not null;

    /// <summary>The text's last words are a cue's.</summary>
    public bool EndsWith(string? text) => First(text, atStart: false, atEnd: true) is not null;

    /// <summary>The first cue of the list (in the list's order) that the text contains, or null.</summary>
    public string? FirstContained(string? text) => First(text, atStart: false, atEnd: false);

    private string? First(string? text, bool atStart, bool atEnd)
    {
        var words = new PlainPhrases.WordCursor(text);
        if (!words.Next(out var word))
        {
            // Only a cue without words matches a text without words, as PlainPhrases says.
            return _wordless;
        }

        (int Order, string Cue)? best = null;
        Span<char> buffer = stackalloc char[MaxWord];
        do
        {
            if (_lookup.TryGetValue(PlainPhrases.Lower(word, word.Length <= MaxWord ? buffer : new char[word.Length]), out var candidates))
            {
                foreach (var candidate in candidates)
                {
                    if ((best is null || candidate.Order < best.Value.Order) && PlainPhrases.MatchesAt(text.AsSpan(words.WordStart), candidate.Cue, atEnd))
                    {
                        best = candidate;
                    }
                }
            }
        }
        while (!atStart && words.Next(out word));

        return best?.Cue;
    }
}

