using RoleBot.Cards.Actions;

namespace RoleBot.Answers;

// "Which PM did you mean?" Mention is what the user typed and is cleaned before it is shown.
public sealed record RoleChoiceRequest(string Mention, IReadOnlyList<RoleRef> Candidates);

// "Compare General Manager with which role?" Purpose is Compare or Rank.
public sealed record MissingRoleRequest(RoleRef Known, CardActionKind Purpose, IReadOnlyList<RoleRef> Suggestions);

// Why RoleBot cannot answer; UnknownTerm is user text ("wizard") and is cleaned before it is shown.
public sealed record CannotAnswerReason(string? UnknownTerm = null, IReadOnlyList<RoleRef>? Suggestions = null);
