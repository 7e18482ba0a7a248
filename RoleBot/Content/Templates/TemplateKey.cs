namespace RoleBot.Content.Templates;

/// <summary>
/// A text the code renders and the values it provides for it, so a content file that uses any other placeholder
/// is refused when it loads instead of failing a conversation. Optional texts may be left out of the file.
/// </summary>
public sealed record TemplateKey(string Name, params string[] Provides)
{
    public bool Optional { get; init; }
}
