using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using RoleBot.Content.Organisations;

namespace RoleBot.Benchmarks;

/// <summary>"--organisations-load": time and managed memory to load N organisations of M titles (a one-off at startup, so a stopwatch, not BenchmarkDotNet).</summary>
public static class OrganisationLoadMeasurement
{
    public static void Run(int count, int titles)
    {
        var root = GeneratedOrganisations.Write(count, titles);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalMemory(true);
        var watch = Stopwatch.StartNew();
        var directory = new OrganisationDirectory(root, NullLogger<OrganisationDirectory>.Instance, TimeProvider.System);
        watch.Stop();
        var after = GC.GetTotalMemory(true);
        Console.WriteLine($"{directory.All.Count} organisations x {titles} titles: loaded in {watch.Elapsed.TotalSeconds:F2} s, {(after - before) / 1024.0 / 1024.0:F1} MB managed heap retained");
        GC.KeepAlive(directory);
    }
}
