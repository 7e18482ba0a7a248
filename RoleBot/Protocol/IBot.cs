using RoleBot.Protocol.Turns;

namespace RoleBot.Protocol;

public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
