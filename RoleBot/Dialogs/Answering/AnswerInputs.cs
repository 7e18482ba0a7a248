using RoleBot.Answers.Templates;
using RoleBot.Dialogs.Content;
using RoleBot.Knowledge;

namespace RoleBot.Dialogs.Answering;

/// <summary>The versions of the content an answer is made from (<see cref="RoleAnswerer.Inputs"/>).</summary>
public readonly struct AnswerInputs(KnowledgeBase knowledgeBase, AnswerTemplates templates, DialogContent texts)
{
    public KnowledgeBase KnowledgeBase { get; } = knowledgeBase;

    public AnswerTemplates Templates { get; } = templates;

    public DialogContent Texts { get; } = texts;

    /// <summary>By identity, not by value: a reload makes new versions, and comparing their contents would cost more than the answer.</summary>
    public bool IsSameAs(AnswerInputs other) =>
        ReferenceEquals(KnowledgeBase, other.KnowledgeBase) && ReferenceEquals(Templates, other.Templates) && ReferenceEquals(Texts, other.Texts);
}
