namespace RoleBot.Cards.Model;

public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;

// Both fields are required by the schema, so both are constructor parameters.
public sealed record Fact(string Title, string Value);
