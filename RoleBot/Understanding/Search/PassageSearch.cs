using Microsoft.Extensions.Options;
using RoleBot.Content.Knowledge;
using RoleBot.Content.LanguageUnderstanding;

namespace RoleBot.Understanding.Search;

/// <summary>
/// Searches the passages of the knowledge base currently served. Like the recognizer's model, the index is rebuilt
/// the first time either the knowledge base or the language content hands out a new instance (hot reload).
/// </summary>
public sealed class PassageSearch(IKnowledgeBaseProvider knowledgeBase, INluContentProvider content, IOptions<PassageSearchOptions> options)
    : IPassageSearch, IDisposable
{
    private readonly Lock _gate = new();
    private Built? _current;

    public PassageResults Search(string question)
    {
        var settings = options.Value;
        return string.IsNullOrWhiteSpace(question)
            ? PassageResults.Empty
            : new PassageResults(Index().Search(question, settings.Candidates), settings);
    }

    public PassageIndex Index()
    {
        var kb = knowledgeBase.Current;
        var nlu = content.Current;
        var current = Volatile.Read(ref _current);
        if (current is not null && ReferenceEquals(current.Index.KnowledgeBase, kb) && ReferenceEquals(current.Content, nlu))
        {
            return current.Index;
        }

        lock (_gate)
        {
            if (_current is null || !ReferenceEquals(_current.Index.KnowledgeBase, kb) || !ReferenceEquals(_current.Content, nlu))
            {
                // The old index may still be read by a turn in flight: it is left to the garbage collector.
                Volatile.Write(ref _current, new Built(new PassageIndex(kb, nlu.Synonyms), nlu));
            }

            return _current.Index;
        }
    }

    public void Dispose() => _current?.Index.Dispose();

    private sealed record Built(PassageIndex Index, object Content);
}
