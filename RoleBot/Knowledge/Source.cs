namespace RoleBot.Knowledge;

/// <summary>
/// Where a claim comes from. Users see the title (linked when there is a url); the file is for authors, so a
/// reviewer can open what the claim was taken from, and is never shown.
/// </summary>
public sealed record Source
{
    public required string Id { get; init; }

    // Not "required" for the JSON reader: a missing title or file is reported by the validator with the
    // others, by JSON path and line, instead of stopping the read at the first one.
    public string Title { get; init; } = "";
    public string File { get; init; } = "";
    public string? Url { get; init; }

    /// <summary>
    /// True for a source document (a plain file name in the shared documents folder), whose claims must quote it;
    /// false for a repository file such as the editorial notes.
    /// </summary>
    public bool IsDocument => File.Length > 0 && !File.Contains('/') && !File.Contains('\\');
}
