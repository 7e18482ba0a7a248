namespace RoleBot.Tests.Dialogs.OpenQuestions;

/// <summary>One part of the blind set (tuned or holdout).</summary>
public sealed record OpenQuestionSet(List<OpenQuestionCase> Cases);

/// <summary>A question, or a short conversation whose last reply is scored.</summary>
public sealed record OpenQuestionCase(string Id, string Class, List<OpenQuestionTurn> Turns);

/// <summary>What the user types; only turns with an expectation are scored.</summary>
public sealed record OpenQuestionTurn(string User, OpenQuestionExpectation? Expect);

/// <summary>
/// <see cref="All"/>: groups of alternatives, one of each must be in the reply; <see cref="Sorry"/>: only a
/// "no answer" reply is right; <see cref="None"/>: words that must never come back.
/// </summary>
public sealed record OpenQuestionExpectation(List<List<string>>? All, bool Sorry, List<string>? None);

/// <summary>Phrases that mark a reply as "no answer".</summary>
public sealed record OpenQuestionMarkers(List<string> NoAnswerMarkers);
