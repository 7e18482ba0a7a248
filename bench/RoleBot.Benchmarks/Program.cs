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

// "loop <channelId> <seconds> [question]" runs card turns (or one question) back to back, for dotnet-trace and dotnet-counters.
if (args is ["loop", var loopChannel, var seconds, .. var rest])
{
    await using var host = new TurnHost();
    string[] questions = rest is [var only] ? [only] : ["who is higher, GM or VP?", "what is the difference between a project manager and an operations manager",
        "what does a project manager do?", "what comes after project manager?"];
    var until = DateTime.UtcNow.AddSeconds(int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture));
    var turns = 0;
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    while (DateTime.UtcNow < until)
    {
        await host.TurnAsync(host.Request(loopChannel, questions[turns++ % questions.Length]));
    }

    Console.WriteLine($"{turns} turns, {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / turns} bytes allocated per turn");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(UnderstandingBenchmarks).Assembly).Run(args);
