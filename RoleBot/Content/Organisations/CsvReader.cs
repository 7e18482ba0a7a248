using System.Text;

namespace RoleBot.Content.Organisations;

/// <summary>
/// RFC 4180 records: comma-separated fields, CRLF (or LF) between records, fields in double quotes may hold commas,
/// line breaks and doubled quotes. A quote inside an unquoted field, text after a closing quote or a quote left open
/// is an error at its line and column, because guessing what HR meant would put a title at the wrong level.
/// Blank lines are skipped; a leading byte-order mark is ignored.
/// </summary>
public static class CsvReader
{
    public static IReadOnlyList<CsvRecord> Read(string text)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var starts = new List<(int, int)>();
        var field = new StringBuilder();
        int line = 1, column = 1, i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var recordLine = 1;
        while (i <= text.Length)
        {
            var start = (line, column);
            field.Clear();
            if (i < text.Length && text[i] == '"')
            {
                (i, line, column) = Quoted(text, i + 1, line, column + 1, field, start);
            }
            else
            {
                for (; i < text.Length && text[i] is not (',' or '\r' or '\n'); i++, column++)
                {
                    if (text[i] == '"')
                    {
                        throw new CsvFormatException(line, column, "a double quote inside a field that does not start with one (quote the whole field and double the quote)");
                    }

                    field.Append(text[i]);
                }
            }

            fields.Add(field.ToString());
            starts.Add(start);
            if (i < text.Length && text[i] == ',')
            {
                i++;
                column++;
                continue;
            }

            // End of record (or of the file): a line holding nothing at all is not a record.
            if (!(fields.Count == 1 && fields[0].Length == 0 && start.column == 1))
            {
                records.Add(new CsvRecord(recordLine, [.. fields], [.. starts]));
            }

            fields.Clear();
            starts.Clear();
            i += i < text.Length - 1 && text[i] == '\r' && text[i + 1] == '\n' ? 2 : 1;
            line++;
            column = 1;
            recordLine = line;
        }

        return records;
    }

    private static (int Index, int Line, int Column) Quoted(string text, int i, int line, int column, StringBuilder field, (int Line, int Column) start)
    {
        while (true)
        {
            if (i >= text.Length)
            {
                throw new CsvFormatException(start.Line, start.Column, "a quoted field is never closed");
            }

            var c = text[i];
            if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
            {
                field.Append('"');
                i += 2;
                column += 2;
            }
            else if (c == '"')
            {
                i++;
                column++;
                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    throw new CsvFormatException(line, column, "text after the closing quote of a field");
                }

                return (i, line, column);
            }
            else
            {
                field.Append(c);
                i++;
                column++;
                if (c == '\n')
                {
                    line++;
                    column = 1;
                }
            }
        }
    }
}
