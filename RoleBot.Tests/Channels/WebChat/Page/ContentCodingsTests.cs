using Microsoft.Net.Http.Headers;
using RoleBot.Channels.WebChat.Page;

namespace RoleBot.Tests.Channels.WebChat.Page;

public sealed class ContentCodingsTests
{
    [Theory]
    [MemberData(nameof(AcceptEncodingCase.Names), MemberType = typeof(AcceptEncodingCase))]
    public void ChoosesTheCodingTheClientRatesHighestAmongTheFilesThereAre(string name)
    {
        var @case = AcceptEncodingCase.Get(name);
        var accepted = StringWithQualityHeaderValue.ParseList(@case.AcceptEncoding.Length == 0 ? [] : [@case.AcceptEncoding]);

        var chosen = ContentCodings.Choose(accepted, suffix => @case.Available.Contains(suffix));

        Assert.Equal(@case.Expected, chosen?.Coding);
    }
}
