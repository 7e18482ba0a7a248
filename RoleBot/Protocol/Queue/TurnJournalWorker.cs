namespace RoleBot.Protocol.Queue;

/// <summary>
/// Keeps this instance's journal leases alive and takes over turns whose instance died, queueing them here like
/// freshly received ones (other kinds, such as Slack's, through their <see cref="IJournalResumer"/>). Does nothing without a journal (Provider=Memory).
/// </summary>
public sealed class TurnJournalWorker(
    TurnQueue queue, TimeProvider time, ILogger<TurnJournalWorker> logger, IEnumerable<IJournalResumer> resumers, ITurnJournal? journal = null)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (journal is null)
        {
            return;
        }

        using var timer = new PeriodicTimer(journal.MaintenanceInterval, time);
        do
        {
            try
            {
                foreach (var claimed in await journal.MaintainAsync(stoppingToken))
                {
                    Resume(claimed);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                ProtocolLog.JournalMaintenanceFailed(logger, ex.GetType().Name, ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private void Resume(JournaledTurn claimed)
    {
        if (resumers.Select(r => r.TryResume(claimed)).FirstOrDefault(r => r is not null) is { } other)
        {
            Resumed(claimed.Id, other.Queued, other.Conversation);
            return;
        }

        if (QueuedTurnJson.Read(claimed) is not { } turn)
        {
            ProtocolLog.JournalEntryUnreadable(logger, claimed.Id);
            _ = journal!.CompleteAsync(claimed.Id, CancellationToken.None);
            return;
        }

        Resumed(claimed.Id, queue.TryEnqueue(turn), ConversationTag.For(turn.Activity));
    }

    /// <summary>A full queue gives the entry back: its lease lapses again and it is claimed later, here or elsewhere.</summary>
    private void Resumed(long id, bool queued, string conversation)
    {
        if (!queued)
        {
            journal!.Release(id);
            return;
        }

        ProtocolLog.JournalTurnResumed(logger, id, conversation);
    }
}
