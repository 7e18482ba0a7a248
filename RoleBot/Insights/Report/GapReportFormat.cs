namespace RoleBot.Insights.Report;

public enum GapReportFormat
{
    Table,
    Md,
    Csv,
}
