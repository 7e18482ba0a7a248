using System.Text.Json;
using RoleBot.Channels.Teams.Search;

namespace RoleBot.Tests.Channels.Teams.Search;

public class SearchRequestTests
{
    private static SearchRequest? Read(string json) => SearchRequest.Read(JsonDocument.Parse(json).RootElement.Clone());

    [Fact]
    public void ReadsCommandTextAndPaging()
    {
        var request = Read("""{"commandId":"searchQuery","parameters":[{"name":"searchQuery","value":"  gm vs vp "}],"queryOptions":{"skip":3,"count":4}}""");

        Assert.Equal(new SearchRequest("searchQuery", "gm vs vp", false, 3, 4), request);
    }

    [Fact]
    public void InitialRunIsAParameterNotAQuery()
    {
        var request = Read("""{"commandId":"searchQuery","parameters":[{"name":"initialRun","value":"true"}]}""");

        Assert.True(request!.InitialRun);
        Assert.Equal("", request.Text);
        Assert.Equal((0, SearchRequest.MaxCount), (request.Skip, request.Count));
    }

    [Theory]
    [InlineData("""{"skip":0,"count":25}""", 0, 10)]
    [InlineData("""{"skip":-1,"count":0}""", 0, 10)]
    [InlineData("""{"skip":"5","count":"2"}""", 0, 10)]
    [InlineData("""{"skip":1e30,"count":3}""", 0, 3)]
    [InlineData("""[]""", 0, 10)]
    public void ClampsPaging(string options, int skip, int count)
    {
        var request = Read($$"""{"commandId":"searchQuery","parameters":[],"queryOptions":{{options}}}""");

        Assert.Equal((skip, count), (request!.Skip, request.Count));
    }

    [Fact]
    public void AnotherParameterNameStillCarriesTheText()
    {
        var request = Read("""{"commandId":"searchQuery","parameters":[{"name":"initialRun","value":"false"},{"name":"query","value":"ceo"}]}""");

        Assert.Equal("ceo", request!.Text);
        Assert.False(request.InitialRun);
    }

    [Fact]
    public void BoundsTheText()
    {
        var request = Read($$"""{"commandId":"searchQuery","parameters":[{"name":"searchQuery","value":"{{new string('a', 5000)}}"}]}""");

        Assert.Equal(SearchRequest.MaxTextLength, request!.Text.Length);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"searchQuery\"")]
    [InlineData("""{"parameters":[]}""")]
    [InlineData("""{"commandId":7}""")]
    public void NotAQueryReadsAsNull(string json) => Assert.Null(Read(json));

    [Fact]
    public void MalformedParametersAreSkipped()
    {
        var request = Read("""{"commandId":"searchQuery","parameters":[1,"x",{"name":5,"value":"a"},{"name":"searchQuery"},{"name":"searchQuery","value":"vp"}]}""");

        Assert.Equal("vp", request!.Text);
    }
}
