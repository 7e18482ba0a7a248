namespace RoleBot.Understanding;

public enum Intent
{
    None,
    Rank,
    ReportsTo,
    Compare,
    Describe,
    NextStep,
    Requirements,
    Skills,
    Interview,
    Faq,
    Help,
    Greeting,
    Thanks,
    Cancel,
    StartOver,
    Why,
    FollowUp,
    OutOfScope,
    Goodbye,

    /// <summary>"that's wrong", "not helpful": the user says an answer missed; acknowledged, and a sign for the knowledge-gap report.</summary>
    Feedback,
}
