using RoleBot.Organisations;
using RoleBot.Organisations.Validation;

namespace RoleBot.Content.Organisations;

/// <summary>Reads ladder.csv: the fixed header, five fields a row, then <see cref="LadderRules"/>.</summary>
public static class LadderCsv
{
    public const string FileName = "ladder.csv";
    public static readonly IReadOnlyList<string> Header = ["title", "level", "track", "reports_to", "aliases"];

    public static IReadOnlyList<OrganisationTitle> Parse(string text, string file, List<OrganisationProblem> problems)
    {
        IReadOnlyList<CsvRecord> records;
        try
        {
            records = CsvReader.Read(text);
        }
        catch (CsvFormatException e)
        {
            problems.Add(new(file, e.Line, e.Column, e.Message));
            return [];
        }

        if (records.Count == 0 || !records[0].Fields.Select(f => f.Trim()).SequenceEqual(Header, StringComparer.OrdinalIgnoreCase))
        {
            problems.Add(new(file, 1, 1, $"the first line must be the header '{string.Join(',', Header)}'"));
            return [];
        }

        var rows = new List<LadderRow>();
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != Header.Count)
            {
                var (line, column) = record.Starts[Math.Min(record.Starts.Count, Header.Count) - 1];
                problems.Add(new(file, line, column, $"this row has {record.Fields.Count} fields; the header has {Header.Count} (leave optional fields empty, keep their commas)"));
                continue;
            }

            rows.Add(new LadderRow(record.Line, record.Fields, [.. record.Starts.Select(s => s.Column)]));
        }

        return LadderRules.Check(file, rows, problems);
    }
}
