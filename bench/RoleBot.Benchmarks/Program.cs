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

// "loop <channelId> <seconds> [question]" runs card turns (or one question) back to back, for dotnet-trace and dotnet-counters;
// prints the time, bytes and GC pauses per turn after a warm-up of half the time (at most 10 s).
if (args is ["loop", var loopChannel, var seconds, .. var rest])
{
    await using var host = new TurnHost();
    string[] questions = rest is [var only] ? [only] : ["who is higher, GM or VP?", "what is the difference between a project manager and an operations manager",
        "what does a project manager do?", "what comes after project manager?"];
    var total = int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture);
    var turns = 0;
    // The first half (at most 10 s) warms up and is not counted: tiered compilation keeps recompiling for seconds.
    var warmUntil = DateTime.UtcNow.AddSeconds(Math.Min(10, total / 2.0));
    while (DateTime.UtcNow < warmUntil)
    {
        await host.TurnAsync(host.Request(loopChannel, questions[turns++ % questions.Length]));
    }

    var until = DateTime.UtcNow.AddSeconds(total - Math.Min(10, total / 2.0));
    turns = 0;
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    var paused = GC.GetTotalPauseDuration();
    int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
    var clock = System.Diagnostics.Stopwatch.StartNew();
    while (DateTime.UtcNow < until)
    {
        await host.TurnAsync(host.Request(loopChannel, questions[turns++ % questions.Length]));
    }

    var elapsed = clock.Elapsed;
    Console.WriteLine($"{turns} turns, {elapsed.TotalMicroseconds / turns:F1} us and {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / turns} bytes allocated per turn; "
        + $"GC paused {(GC.GetTotalPauseDuration() - paused) / elapsed:P1} of the time, collections gen0/1/2 "
        + $"{GC.CollectionCount(0) - collections[0]}/{GC.CollectionCount(1) - collections[1]}/{GC.CollectionCount(2) - collections[2]} ({(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC)");
    return;
}

// "understand <seconds> [extraRoles]" runs UnderstandAndLookUp back to back, for dotnet-trace; prints us and bytes per question.
if (args is ["understand", var understandSeconds, .. var extra])
{
    var bench = new UnderstandingBenchmarks { ExtraRoles = extra is [var n] ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 0 };
    bench.Setup();
    bench.UnderstandAndLookUp();
    var stop = System.Diagnostics.Stopwatch.StartNew();
    var end = TimeSpan.FromSeconds(int.Parse(understandSeconds, System.Globalization.CultureInfo.InvariantCulture));
    var calls = 0;
    var before = GC.GetAllocatedBytesForCurrentThread();
    var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
    // Each call (ten questions) is timed too: on a shared machine the fastest calls and the low percentiles are the
    // calls no other process interrupted, so they estimate an idle machine better than the mean.
    var times = new List<double>();
    while (stop.Elapsed < end)
    {
        var started = stop.Elapsed;
        bench.UnderstandAndLookUp();
        times.Add((stop.Elapsed - started).TotalMicroseconds / UnderstandingBenchmarks.QuestionCount);
        calls++;
    }

    times.Sort();
    Console.WriteLine($"per question: min {times[0]:F1} us, p10 {times[times.Count / 10]:F1} us, median {times[times.Count / 2]:F1} us");

    var perQuestion = calls * (double)UnderstandingBenchmarks.QuestionCount;
    var cpuUs = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds;
    Console.WriteLine($"{stop.Elapsed.TotalMicroseconds / perQuestion:F1} us wall, {cpuUs / perQuestion:F1} us CPU, {(GC.GetAllocatedBytesForCurrentThread() - before) / perQuestion:F0} bytes per question");
    return;
}

// "golden <tests folder> <output>" writes what the recognizer makes of every test string, to diff two builds.
if (args is ["golden", var testsFolder, var goldenOutput])
{
    GoldenUnderstanding.Run(testsFolder, goldenOutput);
    return;
}

if (args is ["--organisations-load", ..])
{
    OrganisationLoadMeasurement.Run(args.Length > 1 ? int.Parse(args[1]) : 1000, args.Length > 2 ? int.Parse(args[2]) : 500);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(UnderstandingBenchmarks).Assembly).Run(args);
