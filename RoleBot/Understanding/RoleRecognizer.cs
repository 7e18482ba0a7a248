using RoleBot.Content.Knowledge;
using RoleBot.Content.LanguageUnderstanding;

namespace RoleBot.Understanding;

/// <summary>
/// The IRoleRecognizer the bot uses. It keeps one compiled model for the knowledge base and content currently
/// served, and builds a new one the first time either provider hands out a new instance (hot reload).
/// </summary>
public sealed class RoleRecognizer(IKnowledgeBaseProvider knowledgeBase, INluContentProvider content) : IRoleRecognizer
{
    private readonly Lock _gate = new();
    private UnderstandingModel? _model;

    public UnderstandingResult Recognize(string text) => Model().Understand(text);

    public UnderstandingModel Model()
    {
        var kb = knowledgeBase.Current;
        var nlu = content.Current;
        var model = Volatile.Read(ref _model);
        if (model is not null && ReferenceEquals(model.KnowledgeBase, kb) && ReferenceEquals(model.Content, nlu))
        {
            return model;
        }

        lock (_gate)
        {
            if (_model is null || !ReferenceEquals(_model.KnowledgeBase, kb) || !ReferenceEquals(_model.Content, nlu))
            {
                Volatile.Write(ref _model, new UnderstandingModel(kb, nlu));
            }

            return _model!;
        }
    }
}
