namespace RoleBot.Cards.Model;

public sealed record ActionSet(IReadOnlyList<AdaptiveAction> Actions) : CardElement;
