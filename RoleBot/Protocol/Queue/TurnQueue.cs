using Microsoft.Extensions.Options;
using RoleBot.State;

namespace RoleBot.Protocol.Queue;

/// <summary>Acknowledged /api/messages turns, partitioned by conversation.</summary>
public sealed class TurnQueue(IOptions<ProtocolOptions> options) : PartitionedQueue<QueuedTurn>(
    options.Value.QueuePartitions, options.Value.QueueCapacityPerPartition, turn => StateKeys.For(turn.Activity));
