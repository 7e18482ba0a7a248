using System.Text;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Loading;
using RoleBot.Knowledge.Validation;

namespace RoleBot.Content.Knowledge;

/// <summary>
/// Checks claim-level evidence against the documents folder: every statement that cites a document quotes at least
/// one passage of it, and every quote occurs in that document, whitespace aside, starting on the line it gives.
/// </summary>
internal sealed class QuoteCheck(string knowledgeBaseFile, string documentsFolder, JsonLineIndex lines)
{
    private readonly Dictionary<string, NormalizedDocument?> _documents = new(StringComparer.Ordinal);
    private readonly List<KnowledgeBaseError> _errors = [];

    public IReadOnlyList<KnowledgeBaseError> Errors => _errors;

    public int Quotes { get; private set; }

    public void Run(KnowledgeBaseDocument doc)
    {
        var sources = doc.Sources.GroupBy(s => s.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < doc.Roles.Count; i++)
        {
            Check($"$.roles[{i}]", doc.Roles[i].Sources, doc.Roles[i].Evidence, sources);
        }

        for (var i = 0; i < doc.Comparisons.Count; i++)
        {
            Check($"$.comparisons[{i}]", doc.Comparisons[i].Sources, doc.Comparisons[i].Evidence, sources);
        }

        for (var i = 0; i < doc.Faqs.Count; i++)
        {
            Check($"$.faqs[{i}]", doc.Faqs[i].Sources, doc.Faqs[i].Evidence, sources);
        }

        for (var i = 0; i < doc.Orderings.Count; i++)
        {
            Check($"$.orderings[{i}]", doc.Orderings[i].Sources, doc.Orderings[i].Evidence, sources);
        }
    }

    private void Check(string owner, IReadOnlyList<string> cited, IReadOnlyList<Evidence> evidence, Dictionary<string, Source> sources)
    {
        for (var j = 0; j < cited.Count; j++)
        {
            if (sources.TryGetValue(cited[j], out var source) && source.IsDocument
                && !evidence.Any(e => string.Equals(e.Source, source.Id, StringComparison.OrdinalIgnoreCase)))
            {
                Add($"{owner}.sources[{j}]", $"cites {source.File} but quotes no passage of it: add evidence, or cite the editorial notes instead");
            }
        }

        for (var k = 0; k < evidence.Count; k++)
        {
            if (!sources.TryGetValue(evidence[k].Source, out var source) || !source.IsDocument || Document(source.File) is not { } document)
            {
                continue;
            }

            Quotes++;
            var found = document.LinesOf(evidence[k].Quote);
            if (found.Count == 0)
            {
                Add($"{owner}.evidence[{k}].quote", $"not found in {source.File}: \"{evidence[k].Quote}\"");
            }
            else if (!found.Contains(evidence[k].Line))
            {
                Add($"{owner}.evidence[{k}].line", $"the quote starts on line {string.Join(" or ", found)} of {source.File}, not {evidence[k].Line}");
            }
        }
    }

    private NormalizedDocument? Document(string file)
    {
        if (!_documents.TryGetValue(file, out var document))
        {
            var path = Path.Combine(documentsFolder, file);
            document = File.Exists(path) ? NormalizedDocument.Read(path) : null;
            _documents[file] = document;
        }

        return document;
    }

    private void Add(string path, string message) =>
        _errors.Add(new KnowledgeBaseError(knowledgeBaseFile, path, message, lines.LineOf(path)));

    // The document with every run of whitespace (line breaks included) made one space, remembering each character's line.
    private sealed class NormalizedDocument(string text, IReadOnlyList<int> lineOf)
    {
        public static NormalizedDocument Read(string path)
        {
            var builder = new StringBuilder();
            var lineOf = new List<int>();
            var line = 1;
            var pendingSpace = false;
            foreach (var c in File.ReadAllText(path))
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = builder.Length > 0;
                }
                else
                {
                    if (pendingSpace)
                    {
                        builder.Append(' ');
                        lineOf.Add(line);
                        pendingSpace = false;
                    }

                    builder.Append(c);
                    lineOf.Add(line);
                }

                if (c == '\n')
                {
                    line++;
                }
            }

            return new(builder.ToString(), lineOf);
        }

        public IReadOnlyList<int> LinesOf(string quote)
        {
            var needle = Normalize(quote);
            var found = new List<int>();
            if (needle.Length == 0)
            {
                return found;
            }

            for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
            {
                if (!found.Contains(lineOf[at]))
                {
                    found.Add(lineOf[at]);
                }
            }

            return found;
        }

        private static string Normalize(string value) =>
            string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
