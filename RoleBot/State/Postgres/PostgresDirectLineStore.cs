using System.Text.Json;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using RoleBot.Channels.WebChat.DirectLine;
using RoleBot.Channels.WebChat.DirectLine.Conversations;
using RoleBot.Protocol;

namespace RoleBot.State.Postgres;

/// <summary>
/// Direct Line conversations in the database, so a conversation reserved on one instance is started, posted to
/// and polled on any other. Appends lock the conversation row while they number the activity, so sequences (and
/// watermarks) never skip a reply still being written, and NOTIFY the conversation id in the same transaction
/// (see <see cref="PostgresStreamListener"/>). Bounds and rate windows are the in-memory store's.
/// </summary>
public sealed class PostgresDirectLineStore(PostgresStateDatabase database, IOptions<DirectLineOptions> options, TimeProvider time)
    : IDirectLineConversationStore, IPostgresPurge
{
    private readonly string _c = database.Tables.DirectLineConversations.Quoted;
    private readonly string _a = database.Tables.DirectLineActivities.Quoted;
    private readonly string _wakeChannel = PostgresWakeChannel.For(database.Tables);

    public string What => "idle Direct Line conversation(s)";

    public async Task<DirectLineConversation> CreateAsync(ChannelAccount user, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var conversation = new DirectLineConversation(DirectLineConversationStore.NewId(), user, options.Value, now);
        await database.RunAsync("created", async (connection, ct) =>
        {
            await using var command = new NpgsqlCommand($"INSERT INTO {_c} (id, user_id, user_name, last_used) VALUES (@id, @user, @name, @now)", connection);
            command.Parameters.AddWithValue("id", conversation.Id);
            command.Parameters.AddWithValue("user", user.Id!);
            command.Parameters.AddWithValue("name", (object?)user.Name ?? DBNull.Value);
            command.Parameters.AddWithValue("now", now);
            return await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);
        return conversation;
    }

    public Task<DirectLineConversation?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return database.RunAsync("found", async (connection, ct) =>
        {
            await using var command = new NpgsqlCommand($"UPDATE {_c} SET last_used = @now WHERE id = @id AND last_used > @cutoff RETURNING user_id, user_name", connection);
            command.Parameters.AddWithValue("id", id);
            command.Parameters.AddWithValue("now", now);
            command.Parameters.AddWithValue("cutoff", now - options.Value.ConversationIdleExpiry);
            await using var reader = await command.ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct)
                ? new DirectLineConversation(id, new ChannelAccount { Id = reader.GetString(0), Name = reader.IsDBNull(1) ? null : reader.GetString(1), Role = "user" }, options.Value, now)
                : null;
        }, cancellationToken);
    }

    public Task<bool> TryMarkStartedAsync(DirectLineConversation conversation, CancellationToken cancellationToken) =>
        database.RunAsync("started", async (connection, ct) =>
        {
            await using var command = new NpgsqlCommand($"UPDATE {_c} SET started = true WHERE id = @id AND NOT started RETURNING 1", connection);
            command.Parameters.AddWithValue("id", conversation.Id);
            return await command.ExecuteScalarAsync(ct) is not null;
        }, cancellationToken);

    public Task<string> AppendAsync(DirectLineConversation conversation, Activity activity, CancellationToken cancellationToken) =>
        database.InTransactionAsync("appended", async (connection, transaction, ct) =>
        {
            long sequence;
            await using (var next = new NpgsqlCommand($"UPDATE {_c} SET latest = latest + 1 WHERE id = @id RETURNING latest", connection, transaction))
            {
                next.Parameters.AddWithValue("id", conversation.Id);
                sequence = (long)(await next.ExecuteScalarAsync(ct) ?? throw new InvalidOperationException("The Direct Line conversation no longer exists."));
            }

            activity.Id = ActivityIds.For(conversation.Id, sequence);
            activity.Timestamp = time.GetUtcNow();
            var json = JsonSerializer.Serialize(activity, ActivityJson.Options);
            await using var insert = new NpgsqlCommand($"""
                INSERT INTO {_a} (conversation_id, sequence, activity, bytes) VALUES (@id, @sequence, @activity, @bytes);
                DELETE FROM {_a} d USING (SELECT sequence, sum(bytes) OVER (ORDER BY sequence DESC) AS newer FROM {_a} WHERE conversation_id = @id) x
                WHERE d.conversation_id = @id AND d.sequence = x.sequence AND d.sequence < @sequence
                  AND (x.newer > @maxBytes OR d.sequence <= @sequence - @capacity);
                SELECT pg_notify(@channel, @id);
                """, connection, transaction);
            // Delivered on commit, so no instance is woken before the activity can be read.
            insert.Parameters.AddWithValue("channel", _wakeChannel);
            insert.Parameters.AddWithValue("id", conversation.Id);
            insert.Parameters.AddWithValue("sequence", sequence);
            insert.Parameters.AddWithValue("activity", NpgsqlDbType.Jsonb, json);
            insert.Parameters.AddWithValue("bytes", System.Text.Encoding.UTF8.GetByteCount(json));
            insert.Parameters.AddWithValue("maxBytes", options.Value.MaxHistoryBytesPerConversation);
            insert.Parameters.AddWithValue("capacity", (long)options.Value.MaxActivitiesPerConversation);
            await insert.ExecuteNonQueryAsync(ct);
            return activity.Id;
        }, cancellationToken);

    public Task<(IReadOnlyList<JsonElement> Activities, long Watermark)> SinceAsync(DirectLineConversation conversation, long watermark, CancellationToken cancellationToken) =>
        database.RunAsync("polled", async (connection, ct) =>
        {
            await using var command = new NpgsqlCommand($"""
                SELECT c.latest, a.activity::text FROM {_c} c LEFT JOIN {_a} a ON a.conversation_id = c.id AND a.sequence > @watermark
                WHERE c.id = @id ORDER BY a.sequence
                """, connection);
            command.Parameters.AddWithValue("id", conversation.Id);
            command.Parameters.AddWithValue("watermark", watermark);
            var activities = new List<JsonElement>();
            var latest = watermark;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                latest = reader.GetInt64(0);
                if (!reader.IsDBNull(1))
                {
                    using var document = JsonDocument.Parse(reader.GetString(1));
                    activities.Add(document.RootElement.Clone());
                }
            }

            return ((IReadOnlyList<JsonElement>)activities, latest);
        }, cancellationToken);

    public Task<TimeSpan?> TryTakeAsync(DirectLineConversation conversation, DirectLineRate rate, CancellationToken cancellationToken)
    {
        // Column names come from this enum, never from input.
        var (column, limit) = rate == DirectLineRate.Post ? ("posts", options.Value.MaxPostsPerMinute) : ("polls", options.Value.MaxPollsPerMinute);
        var now = time.GetUtcNow();
        return database.RunAsync("rate-limited", async (connection, ct) =>
        {
            var fresh = $"({column}_start IS NULL OR @now - {column}_start >= @window OR @now < {column}_start)";
            await using var command = new NpgsqlCommand($"""
                UPDATE {_c} SET {column}_start = CASE WHEN {fresh} THEN @now ELSE {column}_start END,
                                {column}_count = CASE WHEN {fresh} THEN 1 ELSE {column}_count + 1 END
                WHERE id = @id RETURNING {column}_start, {column}_count
                """, connection);
            command.Parameters.AddWithValue("id", conversation.Id);
            command.Parameters.AddWithValue("now", now);
            command.Parameters.AddWithValue("window", RateWindow.Length);
            await using var reader = await command.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct) || reader.GetInt32(1) <= limit)
            {
                return (TimeSpan?)null;
            }

            return reader.GetFieldValue<DateTimeOffset>(0) + RateWindow.Length - now;
        }, cancellationToken);
    }

    public async Task<int> PurgeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"DELETE FROM {_c} WHERE last_used <= @cutoff", connection, transaction);
        command.Parameters.AddWithValue("cutoff", time.GetUtcNow() - options.Value.ConversationIdleExpiry);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
