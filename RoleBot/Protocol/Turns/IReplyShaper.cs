namespace RoleBot.Protocol.Turns;

/// <summary>
/// Turns an addressed, channel-neutral reply into what its channel shows (an Adaptive Card, Block Kit, plain
/// text). The turn context calls it once for every reply on its way out, so no path can skip it; the channels
/// provide it, which keeps the protocol free of any one channel's format.
/// </summary>
public interface IReplyShaper
{
    void Shape(Activity reply);
}
