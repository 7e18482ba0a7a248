using BenchmarkDotNet.Attributes;
using RoleBot.Protocol;

namespace RoleBot.Benchmarks;

/// <summary>
/// A whole expectReplies turn in memory (request bytes in, response bytes out, no HTTP): a card answer (rank and
/// compare alternately) against a short text reply ("thanks!"). Each invocation is a new conversation, as in bench/http.
/// </summary>
[MemoryDiagnoser]
public class TurnBenchmarks
{
    private static readonly string[] CardQuestions = ["who is higher, GM or VP?", "what is the difference between a project manager and an operations manager"];

    private TurnHost _host = null!;
    private int _next;

    [Params(ChannelIds.Teams, ChannelIds.Emulator)]
    public string Channel { get; set; } = ChannelIds.Teams;

    [GlobalSetup]
    public void Setup() => _host = new TurnHost();

    [GlobalCleanup]
    public void Cleanup() => _host.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public Task<byte[]> CardAnswer() => _host.TurnAsync(_host.Request(Channel, CardQuestions[_next++ & 1]));

    [Benchmark(Baseline = true)]
    public Task<byte[]> TextReply() => _host.TurnAsync(_host.Request(Channel, "thanks!"));
}
