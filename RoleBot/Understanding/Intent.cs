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
}
