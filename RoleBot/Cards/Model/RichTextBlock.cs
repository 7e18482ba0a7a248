using System.Text.Json.Serialization;

namespace RoleBot.Cards.Model;

// Inline runs of text. TextRun text is never interpreted as Markdown, which makes it the safe place for user-derived words.
public sealed record RichTextBlock(IReadOnlyList<TextRun> Inlines) : CardElement;

public sealed record TextRun(string Text)
{
    [JsonPropertyOrder(-1)]
    public string Type => "TextRun";

    public TextWeight? Weight { get; init; }

    public bool? Italic { get; init; }

    public bool? IsSubtle { get; init; }

    public TextColor? Color { get; init; }
}
