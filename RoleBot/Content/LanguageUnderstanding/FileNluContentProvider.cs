using RoleBot.Understanding.Content;

namespace RoleBot.Content.LanguageUnderstanding;

/// <summary>
/// Serves the content from dialogs/language-understanding/en-us and reloads it the way every content file reloads
/// (<see cref="ContentSource{T}"/>): a change to any of its files swaps it, a broken edit keeps the last good version.
/// </summary>
public sealed class FileNluContentProvider(string folder, ILogger<FileNluContentProvider> logger, TimeProvider time) : INluContentProvider
{
    public const string ContentName = "language understanding";

    private readonly ContentSource<NluContent> _source = new(
        ContentName,
        folder,
        [.. new[] { NluContentReader.SynonymsFileName, NluContentReader.IntentsFileName, NluContentReader.RealWordsFileName }.Select(f => Path.Combine(folder, f))],
        () => NluContentReader.Read(folder),
        logger,
        time);

    public string Folder => folder;

    public NluContent Current => _source.Current;
}
