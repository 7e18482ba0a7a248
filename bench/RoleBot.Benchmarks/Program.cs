using BenchmarkDotNet.Running;
using RoleBot.Benchmarks;

if (args is ["--organisations-load", ..])
{
    OrganisationLoadMeasurement.Run(args.Length > 1 ? int.Parse(args[1]) : 1000, args.Length > 2 ? int.Parse(args[2]) : 500);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(UnderstandingBenchmarks).Assembly).Run(args);
