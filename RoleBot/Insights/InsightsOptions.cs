namespace RoleBot.Insights;

/// <summary>RoleBot:Insights: recording the questions RoleBot could not answer well, for the people who write the knowledge base.</summary>
public sealed class InsightsOptions
{
    public const string Section = "RoleBot:Insights";

    public bool Enabled { get; set; } = true;

    /// <summary>Records older than this are deleted.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>The SQLite file; relative to the folder that holds dialogs/. Unused when the state is in PostgreSQL.</summary>
    public string Path { get; set; } = System.IO.Path.Combine("data", "insights.db");

    /// <summary>An answered question whose intent the recognizer was less sure of than this is recorded as a gap too.</summary>
    public double LowConfidence { get; set; } = 0.35;

    /// <summary>Records waiting to be written; beyond this new ones are dropped rather than slowing turns.</summary>
    public int QueueCapacity { get; set; } = 1_000;
}
