using RoleBot.Content.Dialogs;
using RoleBot.Content.Knowledge;
using RoleBot.Dialogs.Answering;
using RoleBot.Organisations;

namespace RoleBot.Content.Organisations;

/// <summary>
/// Each organisation's view of the knowledge base, built the first time one of its users asks and rebuilt when the
/// organisation or the knowledge base reloads. Only the most recently used views are kept, so memory stays bounded
/// however many organisations are configured; a lookup is one dictionary hit under a lock.
/// </summary>
public sealed class OrganisationViews(FileKnowledgeBaseProvider general, DialogContentStore content)
{
    /// <summary>Views kept; each holds the organisation's merged knowledge base and, in the recognizer, its compiled model.</summary>
    public const int Capacity = 128;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (OrganisationView View, long Used)> _views = new(StringComparer.Ordinal);
    private long _clock;

    public OrganisationView For(Organisation organisation)
    {
        var kb = general.Current;
        lock (_gate)
        {
            if (_views.TryGetValue(organisation.Id, out var entry) && ReferenceEquals(entry.View.Organisation, organisation) && ReferenceEquals(entry.View.General, kb))
            {
                _views[organisation.Id] = (entry.View, ++_clock);
                return entry.View;
            }
        }

        var texts = content.Get(OrganisationAnswerer.ContentName, OrganisationAnswerer.Texts);
        var view = OrganisationViewBuilder.Build(organisation, kb, (o, title) => OrganisationAnswerer.Placement(texts, o.Name, title));
        lock (_gate)
        {
            if (_views.Count >= Capacity && !_views.ContainsKey(organisation.Id))
            {
                _views.Remove(_views.MinBy(p => p.Value.Used).Key);
            }

            _views[organisation.Id] = (view, ++_clock);
        }

        return view;
    }
}
