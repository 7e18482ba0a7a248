using System.Text.Json;
using RoleBot.Knowledge.Loading;
using RoleBot.Knowledge.Validation;

namespace RoleBot.Content.Knowledge;

/// <summary>
/// Checks a knowledge base against the folder of documents its sources were taken from: every source whose file is a
/// plain file name finds it there, and every document there is cited. Files with a folder in them are repository
/// paths and are not looked for here. It also checks claim-level evidence (<see cref="QuoteCheck"/>): each statement
/// citing a document quotes it, and each quote is in that document. Call it on a file the loader has accepted.
/// </summary>
public static class SourceDocumentsCheck
{
    public sealed record Result(IReadOnlyList<KnowledgeBaseError> Errors, int Documents, int Cited, int Quotes = 0);

    public static Result Run(string knowledgeBaseFile, string documentsFolder)
    {
        if (!Directory.Exists(documentsFolder))
        {
            return new([new KnowledgeBaseError(knowledgeBaseFile, "$.sources", $"the documents folder {documentsFolder} does not exist")], 0, 0, 0);
        }

        var utf8 = File.ReadAllBytes(knowledgeBaseFile);
        var document = JsonSerializer.Deserialize<KnowledgeBaseDocument>(utf8, KnowledgeBaseJson.Options) ?? new KnowledgeBaseDocument();
        var sources = document.Sources;
        var lines = JsonLineIndex.Build(utf8);
        // Dot files (.gitkeep, .DS_Store) are housekeeping, not documents anyone could cite.
        var documents = Directory.GetFiles(documentsFolder)
            .Select(Path.GetFileName).OfType<string>()
            .Where(name => !name.StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();

        var errors = new List<KnowledgeBaseError>();
        var cited = 0;
        for (var i = 0; i < sources.Count; i++)
        {
            var file = sources[i].File;
            if (IsRepositoryPath(file))
            {
                continue;
            }

            cited++;
            if (!documents.Contains(file, StringComparer.Ordinal))
            {
                var path = $"$.sources[{i}].file";
                errors.Add(new KnowledgeBaseError(knowledgeBaseFile, path, $"'{file}' is not in {documentsFolder}", lines.LineOf(path)));
            }
        }

        foreach (var uncited in documents.Where(d => !sources.Any(s => s.File == d)))
        {
            errors.Add(new KnowledgeBaseError(knowledgeBaseFile, "$.sources", $"no source cites {Path.Combine(documentsFolder, uncited)}", lines.LineOf("$.sources")));
        }

        var quotes = new QuoteCheck(knowledgeBaseFile, documentsFolder, lines);
        quotes.Run(document);
        errors.AddRange(quotes.Errors);
        return new(errors, documents.Count, cited, quotes.Quotes);
    }

    public static bool IsRepositoryPath(string file) => file.Contains('/') || file.Contains('\\');
}
