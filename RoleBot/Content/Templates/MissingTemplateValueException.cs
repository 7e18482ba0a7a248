namespace RoleBot.Content.Templates;

/// <summary>A text uses a placeholder its caller does not provide; names the file, the key and the placeholder.</summary>
public sealed class MissingTemplateValueException(string file, string key, string placeholder)
    : InvalidOperationException($"{file}: '{key}' uses ${{{placeholder}}}, which RoleBot does not provide for it.")
{
    public string File { get; } = file;
    public string Key { get; } = key;
    public string Placeholder { get; } = placeholder;
}
