namespace RoleBot.Protocol.Deduplication;

/// <summary>Handle for one arrival; <see cref="Entry"/> is null when the activity has no id to de-duplicate by.</summary>
public sealed record DeduplicationTicket(ActivityDeduplicator.Entry? Entry, bool IsRepeat);
