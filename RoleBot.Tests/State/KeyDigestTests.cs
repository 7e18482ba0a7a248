using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using RoleBot.State;

namespace RoleBot.Tests.State;

public sealed class KeyDigestTests
{
    [Theory]
    [InlineData("msteams/19:abc@thread.v2")]
    [InlineData("emulator\nconversation\nactivity-1")]
    [InlineData("slack/T01:C02 – café ☕")]
    [InlineData("")]
    public void IsTheFirst128BitsOfTheKeysSha256(string key)
    {
        var expected = BinaryPrimitives.ReadUInt128LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

        Assert.Equal(expected, KeyDigest.Of(key));
    }

    [Fact]
    public void DigestsKeysLongerThanItsStackBufferTheSameWay()
    {
        var key = string.Concat(Enumerable.Repeat("conversation-é-", 2_000));

        Assert.Equal(BinaryPrimitives.ReadUInt128LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(key))), KeyDigest.Of(key));
        Assert.NotEqual(KeyDigest.Of(key), KeyDigest.Of(key[..^1]));
    }
}
