namespace RoleBot.Protocol;

public sealed class SuggestedActions
{
    public List<string>? To { get; set; }
    public List<CardAction> Actions { get; set; } = [];
}

public sealed class CardAction
{
    public required string Type { get; set; }
    public string? Title { get; set; }
    public string? Text { get; set; }
    public string? DisplayText { get; set; }
    public object? Value { get; set; }
}
