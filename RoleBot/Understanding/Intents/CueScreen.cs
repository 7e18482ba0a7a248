using RoleBot.Understanding.Content;

namespace RoleBot.Understanding.Intents;

/// <summary>
/// Tells, in one pass over the template, which cue patterns can match at all: every anchor of every cue goes into one
/// Aho-Corasick automaton, and a cue runs as a regex only when each of its anchor choices was found. Most of the
/// hundred-odd cues need words the template does not hold, so most regexes never run.
/// </summary>
public sealed class CueScreen
{
    private readonly List<Dictionary<char, int>> _next = [new()];
    private readonly List<int> _fail = [0];
    private readonly List<int[]> _found = [[]];
    private readonly int[][][] _needs;
    private readonly int _anchorCount;

    // The automaton as a table, state × character class: one array read per character of the template.
    private readonly Dictionary<char, int> _classes = [];
    private readonly int[] _asciiClass = new int[128];
    private int[] _step = [];

    public CueScreen(IReadOnlyList<CompiledCue> cues)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        _needs = [.. cues.Select(cue => cue.Anchors.Select(choice => choice.Select(anchor => Add(anchor, ids)).ToArray()).ToArray())];
        _anchorCount = ids.Count;
        Link();
        Tabulate();
    }

    /// <summary>For each cue, in order, whether its regex can match the template.</summary>
    public void Candidates(string template, Span<bool> candidates)
    {
        Span<bool> found = _anchorCount <= 1024 ? stackalloc bool[_anchorCount] : new bool[_anchorCount];
        var state = 0;
        var width = _classes.Count;
        foreach (var c in template)
        {
            var cls = c < 128 ? _asciiClass[c] : _classes.GetValueOrDefault(c, -1);
            state = cls < 0 ? 0 : _step[(state * width) + cls];
            foreach (var anchor in _found[state])
            {
                found[anchor] = true;
            }
        }

        for (var cue = 0; cue < _needs.Length; cue++)
        {
            candidates[cue] = AllMet(_needs[cue], found);
        }
    }

    private static bool AllMet(int[][] needs, ReadOnlySpan<bool> found)
    {
        foreach (var choice in needs)
        {
            var met = false;
            foreach (var anchor in choice)
            {
                met |= found[anchor];
            }

            if (!met)
            {
                return false;
            }
        }

        return true;
    }

    private int Add(string anchor, Dictionary<string, int> ids)
    {
        if (ids.TryGetValue(anchor, out var id))
        {
            return id;
        }

        id = ids[anchor] = ids.Count;
        var state = 0;
        foreach (var c in anchor)
        {
            if (!_next[state].TryGetValue(c, out var next))
            {
                next = _next.Count;
                _next[state][c] = next;
                _next.Add([]);
                _fail.Add(0);
                _found.Add([]);
            }

            state = next;
        }

        _found[state] = [.. _found[state], id];
        return id;
    }

    // Breadth first, so a state's fallback (the longest proper suffix that is also a prefix) is linked before it.
    private void Link()
    {
        var queue = new Queue<int>(_next[0].Values);
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            foreach (var (c, child) in _next[state])
            {
                var fallback = _fail[state];
                while (fallback != 0 && !_next[fallback].ContainsKey(c))
                {
                    fallback = _fail[fallback];
                }

                _fail[child] = state != 0 && _next[fallback].TryGetValue(c, out var target) ? target : 0;
                _found[child] = [.. _found[child], .. _found[_fail[child]]];
                queue.Enqueue(child);
            }
        }
    }

    // A character no anchor holds sends the automaton back to its start; any other follows the goto function, or
    // the fallback's step when the state has no edge for it (rows are filled breadth first, so the fallback's is ready).
    private void Tabulate()
    {
        Array.Fill(_asciiClass, -1);
        foreach (var c in _next.SelectMany(edges => edges.Keys).Distinct().Order())
        {
            _classes[c] = _classes.Count;
            if (c < 128)
            {
                _asciiClass[c] = _classes[c];
            }
        }

        var width = _classes.Count;
        _step = new int[_next.Count * width];
        var queue = new Queue<int>([0]);
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            foreach (var (c, cls) in _classes)
            {
                _step[(state * width) + cls] = _next[state].TryGetValue(c, out var next) ? next
                    : state == 0 ? 0 : _step[(_fail[state] * width) + cls];
            }

            foreach (var child in _next[state].Values)
            {
                queue.Enqueue(child);
            }
        }
    }
}
