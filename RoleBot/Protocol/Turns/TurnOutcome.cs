namespace RoleBot.Protocol.Turns;

/// <summary>What a finished turn leaves for the HTTP response.</summary>
/// <param name="Replies">Everything the turn sent, in order, when replies were buffered (expectReplies); otherwise empty.</param>
/// <param name="Failed">The bot threw; the error handler has apologised and cleared the conversation state.</param>
public sealed record TurnOutcome(InvokeResponse? InvokeResponse, IReadOnlyList<Activity> Replies, bool Failed);
