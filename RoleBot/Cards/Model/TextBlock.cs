namespace RoleBot.Cards.Model;

// A block of text. Wrap is fixed to true: the Adaptive Card default (false) silently clips every answer to
// one line, so the model makes that mistake impossible instead of relying on each card to remember.
public sealed record TextBlock(string Text) : CardElement
{
    public bool Wrap => true;

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public TextBlockStyle? Style { get; init; }
}
