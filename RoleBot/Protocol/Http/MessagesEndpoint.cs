using System.Text.Json;
using Microsoft.Extensions.Options;
using RoleBot.Auth;
using RoleBot.Auth.Inbound;
using RoleBot.Protocol.Deduplication;
using RoleBot.Protocol.Queue;
using RoleBot.Protocol.Turns;
using RoleBot.State;
using RoleBot.Telemetry;

namespace RoleBot.Protocol.Http;

/// <summary>
/// POST /api/messages in the SDK CloudAdapter's order: parse, authenticate, then run the turn. Like the SDK it reads
/// the body whatever the Content-Type says, so a malformed body is a 400 rather than a 415. expectReplies and
/// invoke are answered inline; everything else is acknowledged at once and processed by the background workers
/// (with shared state, only once it is in the durable journal). Shared state out of reach answers 503 with Retry-After.
/// </summary>
public sealed class MessagesEndpoint(
    IOptions<ProtocolOptions> options,
    ActivityDeduplicator deduplicator,
    TurnQueue queue,
    BotTurnRunner runner,
    TimeProvider time,
    ILogger<MessagesEndpoint> logger,
    ITurnJournal? journal = null)
{
    private const int MaxFailureLength = 400;

    private static readonly byte[] EmptyReplies = JsonSerializer.SerializeToUtf8Bytes(new ExpectedReplies([]), ActivityJson.Options);

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = HttpMethods.Post;
            await RejectAsync(context, StatusCodes.Status405MethodNotAllowed, "Only POST is supported.");
            return;
        }

        var read = await ReadAsync(request, context.RequestAborted);
        if (read.Activity is not { } activity)
        {
            await RejectAsync(context, read.Status, read.Problem);
            return;
        }

        var authenticator = context.RequestServices.GetRequiredService<IRequestAuthenticator>();
        var authentication = await authenticator.AuthenticateAsync(request.Headers.Authorization.ToString(), activity, context.RequestAborted);
        if (!authentication.Succeeded)
        {
            // The only log line for a rejected request. Type and channelId come from an unauthenticated body, and an
            // authenticator's reason may quote the token's claims, so every value is made log-safe here too.
            ProtocolLog.Unauthorized(logger, LogValue.Untrusted(activity.Type), LogValue.Untrusted(activity.ChannelId),
                LogValue.Untrusted(authentication.Failure, MaxFailureLength));
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var inline = ActivityValidator.IsExpectReplies(activity) || activity.IsType(ActivityTypes.Invoke);
        DeduplicationTicket ticket;
        try
        {
            ticket = await deduplicator.BeginAsync(activity, context.RequestAborted);
        }
        catch (ConversationStateUnavailableException ex)
        {
            Unavailable(context, activity, ex);
            return;
        }

        if (ticket.IsRepeat)
        {
            ProtocolLog.Repeated(logger, LogValue.Untrusted(activity.ChannelId), ConversationTag.For(activity));
            var first = inline ? await deduplicator.FirstResponseAsync(ticket, context.RequestAborted) : null;
            await WriteAsync(context, first ?? EmptyRepeat(activity));
            return;
        }

        if (inline)
        {
            await RunInlineAsync(context, activity, authentication, ticket);
        }
        else
        {
            await EnqueueAsync(context, activity, authentication, ticket);
        }
    }

    private async Task RunInlineAsync(HttpContext context, Activity activity, AuthenticationResult authentication, DeduplicationTicket ticket)
    {
        InlineResponse response;
        try
        {
            var outcome = ActivityValidator.IsExpectReplies(activity)
                ? await RunWithDeadlineAsync(context, activity, authentication)
                : await runner.RunAsync(activity, authentication, bufferReplies: false, context.RequestAborted);
            if (outcome is null)
            {
                await AbandonAsync(ticket);
                RetryLater(context);
                return;
            }

            response = InlineResponses.From(activity, outcome);
        }
        catch (ConversationStateUnavailableException ex)
        {
            await AbandonAsync(ticket);
            Unavailable(context, activity, ex);
            return;
        }
        catch
        {
            await AbandonAsync(ticket);
            throw;
        }

        deduplicator.Complete(ticket, response);
        ProtocolLog.Answered(logger, LogValue.Untrusted(activity.Type), LogValue.Untrusted(activity.ChannelId), ConversationTag.For(activity), response.Status, "inline");
        await WriteAsync(context, response);
    }

    /// <summary>
    /// The turn, or null when it was given up on at RoleBot:Protocol:ExpectRepliesTimeout (see <see cref="TurnCommitPoint"/>
    /// for why its state then stays as it was). A turn already saving is waited for instead.
    /// </summary>
    private async Task<TurnOutcome?> RunWithDeadlineAsync(HttpContext context, Activity activity, AuthenticationResult authentication)
    {
        var timeout = options.Value.ExpectRepliesTimeout;
        var commit = new TurnCommitPoint();
        var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        var turn = runner.RunAsync(activity, authentication, bufferReplies: true, commit, stop.Token);
        using (var timer = new CancellationTokenSource())
        {
            var deadline = Task.Delay(timeout, time, timer.Token);
            var first = await Task.WhenAny(turn, deadline);
            await timer.CancelAsync();
            if (first == deadline)
            {
                if (commit.TryAbandon())
                {
                    ProtocolLog.InlineTurnAbandoned(logger, LogValue.Untrusted(activity.ChannelId), ConversationTag.For(activity), timeout);
                    await stop.CancelAsync();
                    // The abandoned turn stops on its own (cancelled, and it cannot write); only its end is awaited, to release the token source.
                    _ = turn.ContinueWith(static (t, s) => { _ = t.Exception; ((IDisposable)s!).Dispose(); }, stop, CancellationToken.None,
                        TaskContinuationOptions.None, TaskScheduler.Default);
                    return null;
                }

                ProtocolLog.InlineTurnSaving(logger, LogValue.Untrusted(activity.ChannelId), ConversationTag.For(activity), timeout);
            }
        }

        try
        {
            return await turn;
        }
        finally
        {
            stop.Dispose();
        }
    }

    private async Task EnqueueAsync(HttpContext context, Activity activity, AuthenticationResult authentication, DeduplicationTicket ticket)
    {
        TurnTraces.Remember(activity);
        var turn = new QueuedTurn(activity, authentication);
        if (journal is not null)
        {
            try
            {
                turn = turn with { JournalId = await journal.RecordAsync(StateKeys.For(activity), QueuedTurnJson.Write(turn), context.RequestAborted) };
            }
            catch (ConversationStateUnavailableException ex)
            {
                await AbandonAsync(ticket);
                Unavailable(context, activity, ex);
                return;
            }
        }

        if (!queue.TryEnqueue(turn))
        {
            if (turn.JournalId is { } id)
            {
                await journal!.CompleteAsync(id, CancellationToken.None);
            }

            await AbandonAsync(ticket);
            ProtocolLog.QueueFull(logger, LogValue.Untrusted(activity.ChannelId), ConversationTag.For(activity));
            RetryLater(context);
            return;
        }

        deduplicator.Complete(ticket, null);
        ProtocolLog.Answered(logger, LogValue.Untrusted(activity.Type), LogValue.Untrusted(activity.ChannelId), ConversationTag.For(activity), StatusCodes.Status200OK, "queued");
        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    /// <summary>Forgets the arrival so the channel's retry is processed; the shared claim is best effort (the database may be what failed).</summary>
    private async Task AbandonAsync(DeduplicationTicket ticket)
    {
        try
        {
            await deduplicator.AbandonAsync(ticket, CancellationToken.None);
        }
        catch (ConversationStateUnavailableException ex)
        {
            ProtocolLog.SharedClaimKept(logger, ex.Message);
        }
    }

    private void Unavailable(HttpContext context, Activity activity, ConversationStateUnavailableException ex)
    {
        ProtocolLog.StateUnavailable(logger, LogValue.Untrusted(activity.ChannelId), ConversationTag.For(activity), ex.Message);
        RetryLater(context);
    }

    private void RetryLater(HttpContext context)
    {
        context.Response.Headers.RetryAfter = options.Value.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
    }

    private async Task<ActivityReadResult> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var maxBytes = options.Value.MaxBodyBytes;
        var body = await BoundedReader.ReadAsync(request.Body, request.ContentLength, maxBytes, cancellationToken);
        return body is null ? ActivityReadResult.TooLarge(maxBytes) : ActivityReader.Read(body);
    }

    private static InlineResponse EmptyRepeat(Activity activity) =>
        ActivityValidator.IsExpectReplies(activity)
            ? new InlineResponse(StatusCodes.Status200OK, EmptyReplies)
            : new InlineResponse(StatusCodes.Status200OK, null);

    private static async Task WriteAsync(HttpContext context, InlineResponse response)
    {
        context.Response.StatusCode = response.Status;
        if (response.JsonBody is { } body)
        {
            // The length up front: headers and body leave in one write, with no chunk framing and no final chunk.
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private async Task RejectAsync(HttpContext context, int status, string? problem)
    {
        ProtocolLog.Rejected(logger, status, problem);
        await TypedResults.Problem(detail: problem, statusCode: status).ExecuteAsync(context);
    }
}
