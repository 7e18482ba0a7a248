using Microsoft.Extensions.Options;
using RoleBot.Protocol.Connector;

namespace RoleBot.Tests.Protocol.Connector;

public class AnonymousServiceUrlPolicyTests
{
    [Theory]
    [InlineData("http://localhost:55109", true)]
    [InlineData("http://127.0.0.1:56150/_connector", true)]
    [InlineData("http://[::1]:3000/", true)]
    [InlineData("https://smba.trafficmanager.net/amer/", false)]
    [InlineData("http://169.254.169.254/latest/meta-data/", false)]
    [InlineData("http://playground:56150/_connector/", true)]
    [InlineData("http://playground:56150/_connector", true)]
    [InlineData("http://playground:56150/_connectorX/", false)]
    [InlineData("http://playground:56151/_connector/", false)]
    [InlineData("https://playground:56150/_connector/", false)]
    [InlineData("http://playground.evil.example:56150/_connector/", false)]
    [InlineData("not a url", false)]
    [InlineData(null, false)]
    public void AllowsOnlyLoopbackAndConfiguredPrefixes(string? serviceUrl, bool allowed)
    {
        var policy = new AnonymousServiceUrlPolicy(Options.Create(new AnonymousOutboundOptions
        {
            AllowedAnonymousServiceUrls = ["http://playground:56150/_connector"],
        }));

        Assert.Equal(allowed, policy.IsAllowed(serviceUrl));
    }

    [Fact]
    public void RejectsAConfiguredPrefixThatIsNotAUrl()
    {
        var options = Options.Create(new AnonymousOutboundOptions { AllowedAnonymousServiceUrls = ["playground:56150"] });

        Assert.Throws<OptionsValidationException>(() => new AnonymousServiceUrlPolicy(options));
    }
}
