using System.Text.Json;
using RoleBot.Channels.Teams.Invokes;
using RoleBot.Protocol;

namespace RoleBot.Tests.Channels.Teams.Invokes;

public class ExecuteRequestTests
{
    private static (ExecuteRequest? Request, InvokeResponse? Rejection) Read(string? value) => ExecuteRequest.Read(new Activity
    {
        Type = ActivityTypes.Invoke,
        Name = "adaptiveCard/action",
        Value = value is null ? null : JsonDocument.Parse(value).RootElement.Clone(),
    });

    [Fact]
    public void ReadsVerbAndData()
    {
        var (request, rejection) = Read("""{"action":{"type":"Action.Execute","verb":"rolebot.help","data":{"rolebot":"v1","action":"help"}}}""");

        Assert.Null(rejection);
        Assert.Equal("rolebot.help", request!.Verb);
        Assert.Equal("help", request.Data!.Value.GetProperty("action").GetString());
    }

    [Theory]
    [InlineData(null, "BadRequest")]
    [InlineData("[]", "BadRequest")]
    [InlineData("""{"trigger":"manual"}""", "BadRequest")]
    [InlineData("""{"action":null}""", "BadRequest")]
    [InlineData("""{"action":{"type":"Action.Submit"}}""", "NotSupported")]
    [InlineData("""{"action":{"verb":"x"}}""", "NotSupported")]
    [InlineData("""{"action":{"type":"action.execute"}}""", "NotSupported")]
    public void RejectsWhatTheSdkRejects(string? value, string code)
    {
        var (request, rejection) = Read(value);

        Assert.Null(request);
        Assert.Equal(400, rejection!.Status);
        var body = Assert.IsType<AdaptiveCardInvokeResponse>(rejection.Body);
        Assert.Equal((400, AdaptiveCardInvokeResponse.ErrorType), (body.StatusCode, body.Type));
        Assert.Equal(code, Assert.IsType<InvokeError>(body.Value).Code);
    }

    [Fact]
    public void NeverEchoesALongActionType()
    {
        var (_, rejection) = Read("{\"action\":{\"type\":\"" + new string('x', 500) + "\"}}");

        var error = Assert.IsType<InvokeError>(Assert.IsType<AdaptiveCardInvokeResponse>(rejection!.Body).Value);
        Assert.DoesNotContain("xxxxxxxxxx", error.Message);
    }
}
