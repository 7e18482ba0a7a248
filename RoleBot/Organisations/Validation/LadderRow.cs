namespace RoleBot.Organisations.Validation;

/// <summary>One data row of ladder.csv as written, with the line it starts on and the column each field starts at.</summary>
public sealed record LadderRow(int Line, IReadOnlyList<string> Fields, IReadOnlyList<int> Columns)
{
    public const int Title = 0, Level = 1, Track = 2, ReportsTo = 3, Aliases = 4;

    public string Field(int index) => index < Fields.Count ? Fields[index].Trim() : "";

    public int Column(int index) => index < Columns.Count ? Columns[index] : Columns.Count > 0 ? Columns[^1] : 1;
}
