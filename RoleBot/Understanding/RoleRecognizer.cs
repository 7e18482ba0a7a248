using RoleBot.Content.Knowledge;
using System.Runtime.CompilerServices;
using RoleBot.Content.LanguageUnderstanding;
using Microsoft.Extensions.Options;
using RoleBot.Knowledge;

namespace RoleBot.Understanding;

/// <summary>
/// The IRoleRecognizer the bot uses. It keeps one compiled model for the knowledge base and content currently
/// served, and builds a new one the first time either provider hands out a new instance (hot reload). A message
/// it has read before under the same model is answered from <see cref="UnderstandingMemo"/>.
/// </summary>
public sealed class RoleRecognizer(IKnowledgeBaseProvider knowledgeBase, INluContentProvider content, IOptions<UnderstandingOptions>? options = null) : IRoleRecognizer
{
    private readonly Lock _gate = new();
    private readonly UnderstandingMemo _memo = Memo(options?.Value ?? new UnderstandingOptions());

    // An organisation's view of the knowledge base has its own model, kept as long as the view is.
    private readonly ConditionalWeakTable<KnowledgeBase, UnderstandingModel> _models = new();
    private UnderstandingModel? _model;

    public UnderstandingResult Recognize(string text)
    {
        var model = Model();
        return _memo.Recall(model.Id, text, model, static (m, t) => m.Understand(t));
    }

    private static UnderstandingMemo Memo(UnderstandingOptions options) => new(options.RememberedMessages, options.RememberedMessageLength);

    public UnderstandingModel Model()
    {
        var kb = knowledgeBase.Current;
        var nlu = content.Current;
        var model = Volatile.Read(ref _model);
        if (model is not null && ReferenceEquals(model.KnowledgeBase, kb) && ReferenceEquals(model.Content, nlu))
        {
            return model;
        }

        if (_models.TryGetValue(kb, out model) && ReferenceEquals(model.Content, nlu))
        {
            Volatile.Write(ref _model, model);
            return model;
        }

        lock (_gate)
        {
            if (!_models.TryGetValue(kb, out model) || !ReferenceEquals(model.Content, nlu))
            {
                model = new UnderstandingModel(kb, nlu);
                _models.AddOrUpdate(kb, model);
            }

            Volatile.Write(ref _model, model);
            return model;
        }
    }
}
