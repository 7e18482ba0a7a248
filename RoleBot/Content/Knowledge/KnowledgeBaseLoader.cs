using System.Text.Json;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Loading;
using RoleBot.Knowledge.Validation;

namespace RoleBot.Content.Knowledge;

/// <summary>Reads, deserialises and validates a knowledge base file; throws <see cref="KnowledgeBaseException"/> with every error.</summary>
public static class KnowledgeBaseLoader
{
    public static KnowledgeBase LoadFile(string path)
    {
        byte[] utf8;
        try
        {
            utf8 = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KnowledgeBaseException([new KnowledgeBaseError(path, "$", $"cannot read the file: {e.Message}")]);
        }

        return Parse(utf8, path);
    }

    public static KnowledgeBase Parse(byte[] utf8, string fileName)
    {
        KnowledgeBaseDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<KnowledgeBaseDocument>(utf8, KnowledgeBaseJson.Options);
        }
        catch (JsonException e)
        {
            // Structure errors stop deserialisation, so only the first one can be reported; the line comes from the reader.
            var line = e.LineNumber is { } zeroBased ? zeroBased + 1 : (long?)null;
            throw new KnowledgeBaseException([new KnowledgeBaseError(fileName, e.Path ?? "$", Reason(e), line)]);
        }

        if (document is null)
        {
            throw new KnowledgeBaseException([new KnowledgeBaseError(fileName, "$", "the file is empty or null")]);
        }

        var lines = JsonLineIndex.Build(utf8);
        var errors = KnowledgeBaseValidator.Validate(document)
            .Select(e => new KnowledgeBaseError(fileName, e.Path, e.Message, lines.LineOf(e.Path)))
            .ToList();
        if (errors.Count > 0)
        {
            throw new KnowledgeBaseException(errors);
        }

        return document.ToKnowledgeBase();
    }

    // System.Text.Json appends its own "Path: ... | LineNumber: ..." suffix; the error record carries those already.
    private static string Reason(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
