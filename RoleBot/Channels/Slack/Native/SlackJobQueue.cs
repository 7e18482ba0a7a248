using Microsoft.Extensions.Options;
using RoleBot.Protocol.Queue;

namespace RoleBot.Channels.Slack.Native;

/// <summary>Work acknowledged to Slack and done afterwards; <paramref name="Key"/> is the conversation's state key.</summary>
public sealed record SlackJob(string Key, string Kind, Func<CancellationToken, Task> RunAsync);

/// <summary>Acknowledged Slack work, partitioned by conversation like the protocol's TurnQueue.</summary>
public sealed class SlackJobQueue(IOptions<SlackOptions> options) : PartitionedQueue<SlackJob>(
    options.Value.QueuePartitions, options.Value.QueueCapacityPerPartition, job => job.Key);
