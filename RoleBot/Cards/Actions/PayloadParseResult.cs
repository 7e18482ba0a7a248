using System.Diagnostics.CodeAnalysis;

namespace RoleBot.Cards.Actions;

/// <summary>Either a valid payload or the reason it was refused (safe to log: it never quotes the values).</summary>
public sealed record PayloadParseResult
{
    private PayloadParseResult(CardPayload? payload, string? rejection)
    {
        Payload = payload;
        Rejection = rejection;
    }

    public CardPayload? Payload { get; }

    public string? Rejection { get; }

    [MemberNotNullWhen(true, nameof(Payload))]
    [MemberNotNullWhen(false, nameof(Rejection))]
    public bool IsValid => Payload is not null;

    public static PayloadParseResult Valid(CardPayload payload) => new(payload, null);

    public static PayloadParseResult Rejected(string reason) => new(null, reason);
}
