namespace RoleBot.Knowledge;

/// <summary>
/// The passage of a source document that supports one claim: <see cref="Claim"/> names the field it backs
/// ("reportsTo", "caveats[0]", "dimensions[1].second", "answer"), <see cref="Quote"/> is copied verbatim from the
/// document cited by <see cref="Source"/>, starting on <see cref="Line"/>. Editorial claims carry no quote: they cite
/// an editorial source id, whose reasoning is written in editorial-notes.md.
/// </summary>
public sealed record Evidence
{
    public string Claim { get; init; } = "";
    public string Source { get; init; } = "";
    public string Quote { get; init; } = "";
    public int Line { get; init; }
}
