using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RoleBot.Auth;
using RoleBot.Content;
using RoleBot.Hosting;
using RoleBot.Protocol;
using RoleBot.Protocol.Http;
using RoleBot.Protocol.Turns;
using RoleBot.Understanding;

namespace RoleBot.Benchmarks;

/// <summary>
/// RoleBot's services as the app composes them, without the web server: a turn goes from request bytes to response
/// bytes through the same reader, runner (state load and save included), bot, channel shaping and serializer that
/// /api/messages uses for an expectReplies activity. Logging providers are removed so the figures do not measure a console.
/// </summary>
public sealed class TurnHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly BotTurnRunner _runner;
    private int _conversation;

    public TurnHost()
    {
        var dialogs = ContentPaths.FindDialogsRoot(AppContext.BaseDirectory)
            ?? ContentPaths.FindDialogsRoot(Directory.GetCurrentDirectory())
            ?? throw new DirectoryNotFoundException("dialogs/ not found");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration[ContentPaths.ContentRootKey] = Path.GetDirectoryName(dialogs);
        builder.Configuration["RoleBot:AllowAnonymous"] = "true";
        builder.Configuration["RoleBot:Understanding:CompileCues"] = InterpretedCues ? "false" : "true";
        builder.Logging.ClearProviders();
        // The warm-up and content checks run as hosted services, so the host starts, on a port nobody else picks.
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddRoleBot();
        _app = builder.Build();
        _app.StartAsync().GetAwaiter().GetResult();
        _runner = _app.Services.GetRequiredService<BotTurnRunner>();
        // As the running bot has them a second after its start (CueCompilation); INTERPRETED_CUES=1 measures them before.
        if (!InterpretedCues && _app.Services.GetRequiredService<IRoleRecognizer>() is RoleRecognizer recognizer)
        {
            recognizer.Model().CompileCues();
        }
    }

    private static bool InterpretedCues => Environment.GetEnvironmentVariable("INTERPRETED_CUES") == "1";

    /// <summary>An expectReplies message in a new conversation, as bench/http/turns.lua posts them.</summary>
    public byte[] Request(string channelId, string text) => Encoding.UTF8.GetBytes(
        $$"""
        {"type":"message","id":"m{{++_conversation}}","channelId":"{{channelId}}","serviceUrl":"http://127.0.0.1:1/","deliveryMode":"expectReplies","from":{"id":"u1","name":"User"},"recipient":{"id":"bot","name":"RoleBot"},"conversation":{"id":"bench-{{_conversation}}"},"text":"{{text}}"}
        """);

    /// <summary>One whole turn: the response body /api/messages would write.</summary>
    public async Task<byte[]> TurnAsync(byte[] request)
    {
        var activity = ActivityReader.Read(request).Activity ?? throw new InvalidOperationException("bad request");
        var outcome = await _runner.RunAsync(activity, AuthenticationResult.Anonymous, bufferReplies: true, CancellationToken.None);
        return InlineResponses.From(activity, outcome).JsonBody!;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
