using RoleBot.Answers.Templates;

namespace RoleBot.Content.Answers;

/// <summary>
/// Serves dialogs/language-generation/en-us/answers.json and reloads it the way every content file reloads
/// (<see cref="ContentSource{T}"/>): an edit swaps the wording, a broken edit keeps the last good version.
/// </summary>
public sealed class FileAnswerTemplatesProvider(string path, ILogger<FileAnswerTemplatesProvider> logger, TimeProvider time) : IContentSource<AnswerTemplates>
{
    public const string ContentName = "answers";

    private readonly ContentSource<AnswerTemplates> _source = new(ContentName, path, [path], () => AnswerTemplatesLoader.LoadFile(path), logger, time);

    public AnswerTemplates Current => _source.Current;
}
