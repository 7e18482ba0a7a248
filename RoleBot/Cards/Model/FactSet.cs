namespace RoleBot.Cards.Model;

public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;

/// <summary>Both fields are required by the schema, so both are constructor parameters.</summary>
public sealed record Fact(string Title, string Value);
