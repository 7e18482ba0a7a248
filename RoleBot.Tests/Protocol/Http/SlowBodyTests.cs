using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using RoleBot.Protocol.Http;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Protocol.Http;

/// <summary>
/// Kestrel fails a body read with BadHttpRequestException (408) when the client sends below MinRequestBodyDataRate.
/// The body stream here throws exactly that on the first read, so no test waits for a real data rate to lapse.
/// </summary>
public sealed class SlowBodyTests(SlowBodyTests.App app) : IClassFixture<SlowBodyTests.App>
{
    private const string KestrelMessage = "Reading the request body timed out due to data arriving too slowly. See MinRequestBodyDataRate.";

    public static TheoryData<string> Cases => SlowBodyCase.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ABodyThatArrivesTooSlowlyIsA408AndOneInformationLine(string name)
    {
        var testCase = SlowBodyCase.Get(name);
        app.Start().Dispose();
        var before = app.Logs.Entries.Count;

        var context = await app.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Post;
            c.Request.Path = testCase.Path;
            c.Request.ContentType = testCase.ContentType;
            c.Request.Headers.Authorization = "Bearer " + App.DirectLineSecret;
            c.Request.Body = new TooSlowBody();
        });

        var logged = app.Logs.Entries.Skip(before).ToList();
        Assert.Equal(StatusCodes.Status408RequestTimeout, context.Response.StatusCode);
        var line = Assert.Single(logged, e => e.Category == typeof(SlowBodyMiddleware).FullName);
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Null(line.Exception);
        Assert.DoesNotContain(logged, e => e.Level >= LogLevel.Warning || e.Exception is not null);
    }

    /// <summary>The app with the echo bot, the native Slack app and Direct Line configured, so every body-reading endpoint is mapped.</summary>
    public sealed class App() : RoleBotAppFactory(new RoleBotAppOptions
    {
        EchoBot = true,
        Settings =
        {
            ["Slack:SigningSecret"] = "a-slack-signing-secret-for-slow-bodies",
            ["Slack:BotToken"] = "xoxb-slow-body-test",
            ["RoleBot:DirectLine:Secret"] = DirectLineSecret,
        },
    })
    {
        public const string DirectLineSecret = "a-direct-line-secret-for-slow-body-tests-0123456789";
    }

    private sealed class TooSlowBody : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw TooSlow();

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromException<int>(TooSlow());

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromException<int>(TooSlow());

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private static BadHttpRequestException TooSlow() => new(KestrelMessage, StatusCodes.Status408RequestTimeout);
    }
}
