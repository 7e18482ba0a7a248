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
public sealed class PostgresDirectLineStore(
    PostgresStateDatabase database, PostgresConversationStateStore states, IOptions<DirectLineOptions> options, TimeProvider time)
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
        database.InTransactionAsync("appended", (connection, transaction, ct) => AppendAsync(connection, transaction, conversation, activity, ct), cancellationToken);

    public Task<DirectLinePost?> FindPostAsync(DirectLineConversation conversation, string userId, string clientActivityId, CancellationToken cancellationToken) =>
        database.RunAsync("resent", async (connection, ct) =>
        {
            await using var command = new NpgsqlCommand($"""
                SELECT p.activity->>'id', EXISTS (SELECT 1 FROM {_a} r WHERE r.conversation_id = @id AND r.sequence > p.sequence AND r.activity->>'replyToId' = p.activity->>'id')
                FROM {_a} p WHERE p.conversation_id = @id AND p.activity->'channelData'->>'clientActivityID' = @client AND p.activity->'from'->>'id' = @user
                ORDER BY p.sequence DESC LIMIT 1
                """, connection);
            command.Parameters.AddWithValue("id", conversation.Id);
            command.Parameters.AddWithValue("client", clientActivityId);
            command.Parameters.AddWithValue("user", userId);
            await using var reader = await command.ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct) ? new DirectLinePost(reader.GetString(0), reader.GetBoolean(1)) : null;
        }, cancellationToken);

    public Task<Activity?> FindActivityAsync(DirectLineConversation conversation, string activityId, CancellationToken cancellationToken) =>
        database.RunAsync("read", async (connection, ct) =>
        {
            await using var command = new NpgsqlCommand($"SELECT activity::text FROM {_a} WHERE conversation_id = @id AND activity->>'id' = @activity", connection);
            command.Parameters.AddWithValue("id", conversation.Id);
            command.Parameters.AddWithValue("activity", activityId);
            return await command.ExecuteScalarAsync(ct) is string json ? JsonSerializer.Deserialize<Activity>(json, ActivityJson.Options) : null;
        }, cancellationToken);

    /// <summary>
    /// One transaction: the conversation row locked, the answer checked for, the state saved and the replies appended,
    /// so a death at any point leaves all of it or none.
    /// </summary>
    public Task<bool> CommitTurnAsync(
        DirectLineConversation conversation, string? answering, string stateKey, ConversationData? state, IReadOnlyList<Activity> replies,
        CancellationToken cancellationToken) =>
        database.InTransactionAsync("committed", async (connection, transaction, ct) =>
        {
            await using (var check = new NpgsqlCommand($"""
                SELECT EXISTS (SELECT 1 FROM {_a} WHERE conversation_id = @id AND @answering IS NOT NULL AND activity->>'replyToId' = @answering)
                FROM {_c} WHERE id = @id FOR UPDATE
                """, connection, transaction))
            {
                check.Parameters.AddWithValue("id", conversation.Id);
                check.Parameters.Add(new NpgsqlParameter<string?>("answering", NpgsqlDbType.Text) { TypedValue = answering });
                if (await check.ExecuteScalarAsync(ct) is true)
                {
                    return false;
                }
            }

            if (state is not null)
            {
                await states.SaveAsync(connection, transaction, stateKey, state, ct);
            }

            foreach (var reply in replies)
            {
                await AppendAsync(connection, transaction, conversation, reply, ct);
            }

            return true;
        }, cancellationToken);

    private async Task<string> AppendAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DirectLineConversation conversation, Activity activity, CancellationToken ct)
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
    }

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
