using BenchmarkDotNet.Running;
using RoleBot.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(UnderstandingBenchmarks).Assembly).Run(args);
