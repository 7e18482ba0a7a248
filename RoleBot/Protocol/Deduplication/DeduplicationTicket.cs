namespace RoleBot.Protocol.Deduplication;

/// <summary>Handle for one arrival; <see cref="Arrival"/> is null when the activity has no id to de-duplicate by.</summary>
public sealed record DeduplicationTicket(ActivityDeduplicator.Arrival? Arrival, bool IsRepeat);
