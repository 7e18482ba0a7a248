using System.Text;
using BenchmarkDotNet.Running;
using RoleBot.Benchmarks;

// "reply <channelId> <question>" prints the response body of one whole turn, to see what the benchmark measures.
if (args is ["reply", var channel, var question])
{
    await using var host = new TurnHost();
    Console.WriteLine(Encoding.UTF8.GetString(await host.TurnAsync(host.Request(channel, question))));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(UnderstandingBenchmarks).Assembly).Run(args);
