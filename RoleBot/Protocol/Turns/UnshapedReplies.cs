namespace RoleBot.Protocol.Turns;

/// <summary>
/// The protocol on its own (a bot without channel adapters, such as an echo bot) sends replies as they were
/// written; RoleBot's channel adapters replace this with the shaper that knows each channel's format.
/// </summary>
public sealed class UnshapedReplies : IReplyShaper
{
    public void Shape(Activity reply)
    {
    }
}
