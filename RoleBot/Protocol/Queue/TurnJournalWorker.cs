namespace RoleBot.Protocol.Queue;

/// <summary>
/// Keeps this instance's journal leases alive and takes over turns whose instance died, queueing them here like
/// freshly received ones. Does nothing without a journal (Provider=Memory).
/// </summary>
public sealed class TurnJournalWorker(TurnQueue queue, TimeProvider time, ILogger<TurnJournalWorker> logger, ITurnJournal? journal = null) : BackgroundService
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
        if (QueuedTurnJson.Read(claimed) is not { } turn)
        {
            ProtocolLog.JournalEntryUnreadable(logger, claimed.Id);
            _ = journal!.CompleteAsync(claimed.Id, CancellationToken.None);
            return;
        }

        if (!queue.TryEnqueue(turn))
        {
            journal!.Release(claimed.Id);
            return;
        }

        ProtocolLog.JournalTurnResumed(logger, claimed.Id, ConversationTag.For(turn.Activity));
    }
}
