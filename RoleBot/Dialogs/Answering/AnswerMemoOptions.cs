namespace RoleBot.Dialogs.Answering;

/// <summary>How many distinct questions a generation remembers the answers of (<c>RoleBot:Answers:RememberedAnswers</c>, 0 = none).</summary>
public sealed class AnswerMemoOptions
{
    public const string Section = "RoleBot:Answers";

    public int RememberedAnswers { get; set; } = 512;
}
