using RoleBot.Understanding;

namespace RoleBot.Dialogs.Questions;

/// <summary>A fully resolved question: every role is a knowledge-base id. Only these reach the answerer.</summary>
public sealed record RoleQuestion(Intent Intent, IReadOnlyList<string> RoleIds, bool AsksLower = false, string? FaqId = null);
