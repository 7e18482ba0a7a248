using System.Text;
using System.Text.Json;
using RoleBot.Channels.Slack.Native;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.Slack.Native;

public sealed class SlackSignatureTests
{
    private static readonly Vector Slack = JsonSerializer.Deserialize<Vector>(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Channels", "Slack", "Native", "TestData", "signature-vector.json")),
        new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);

    // The vector was signed in 2018; the clock is set to one minute after it.
    private static readonly ManualTimeProvider Clock = new(DateTimeOffset.FromUnixTimeSeconds(long.Parse(Slack.Timestamp) + 60));

    private static byte[] Body => Encoding.UTF8.GetBytes(Slack.Body);

    [Fact]
    public void ComputesSlacksDocumentedExampleSignature() =>
        Assert.Equal(Slack.Signature, SlackSignature.Compute(Slack.SigningSecret, Slack.Timestamp, Body));

    [Fact]
    public void AcceptsSlacksDocumentedExampleWithAnInjectedClock() =>
        Assert.Equal(SignatureCheck.Valid, SlackSignature.Verify(Slack.SigningSecret, Slack.Timestamp, Slack.Signature, Body, Clock.GetUtcNow(), Skew));

    [Fact]
    public void RejectsTheExampleWithOneBodyByteChanged()
    {
        var tampered = Body;
        tampered[^1] ^= 1;
        Assert.Equal(SignatureCheck.Mismatch, SlackSignature.Verify(Slack.SigningSecret, Slack.Timestamp, Slack.Signature, tampered, Clock.GetUtcNow(), Skew));
    }

    [Fact]
    public void RejectsTheExampleUnderAnotherSecret() =>
        Assert.Equal(SignatureCheck.Mismatch, SlackSignature.Verify("another-secret", Slack.Timestamp, Slack.Signature, Body, Clock.GetUtcNow(), Skew));

    [Fact]
    public void RejectsTheExampleOnTodaysClock() =>
        Assert.Equal(SignatureCheck.StaleTimestamp, SlackSignature.Verify(Slack.SigningSecret, Slack.Timestamp, Slack.Signature, Body, DateTimeOffset.UtcNow, Skew));

    [Theory]
    [InlineData(-301, SignatureCheck.StaleTimestamp)]
    [InlineData(-300, SignatureCheck.Valid)]
    [InlineData(300, SignatureCheck.Valid)]
    [InlineData(301, SignatureCheck.StaleTimestamp)]
    public void AllowsFiveMinutesOfSkewEitherWay(int clockOffsetSeconds, SignatureCheck expected)
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(long.Parse(Slack.Timestamp)).AddSeconds(clockOffsetSeconds);
        Assert.Equal(expected, SlackSignature.Verify(Slack.SigningSecret, Slack.Timestamp, Slack.Signature, Body, now, Skew));
    }

    [Theory]
    [InlineData(null, "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SignatureCheck.MissingHeaders)]
    [InlineData("1531420618", null, SignatureCheck.MissingHeaders)]
    [InlineData("1531420618", "", SignatureCheck.MissingHeaders)]
    [InlineData("15314206l8", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SignatureCheck.MalformedHeaders)]
    [InlineData("-1531420618", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SignatureCheck.MalformedHeaders)]
    [InlineData("99999999999999999999", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SignatureCheck.MalformedHeaders)]
    [InlineData("1531420618", "v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", SignatureCheck.MalformedHeaders)]
    [InlineData("1531420618", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b5", SignatureCheck.MalformedHeaders)]
    [InlineData("1531420618", "v0=A2114D57B48EAC39B9AD189DD8316235A7B4A8D21A10BD27519666489C69B503", SignatureCheck.Mismatch)]
    public void RejectsMissingOrGarbledHeaders(string? timestamp, string? signature, SignatureCheck expected) =>
        Assert.Equal(expected, SlackSignature.Verify(Slack.SigningSecret, timestamp, signature, Body, Clock.GetUtcNow(), Skew));

    private sealed record Vector(string SigningSecret, string Timestamp, string Body, string Signature);
}
