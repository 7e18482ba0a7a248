using RoleBot.Insights;
using RoleBot.Telemetry;

namespace RoleBot.Tests.Insights;

public sealed class GapClassifierTests
{
    [Theory]
    [InlineData(AnswerOutcome.Fallback, 0.9, false, GapReason.Fallback)]
    [InlineData(AnswerOutcome.UnknownRole, 0.9, false, GapReason.UnknownRole)]
    [InlineData(AnswerOutcome.Answered, 0.1, false, GapReason.LowConfidence)]
    [InlineData(AnswerOutcome.Answered, 0.9, true, GapReason.ClarificationAbandoned)]
    [InlineData(AnswerOutcome.Clarified, 0.9, true, GapReason.ClarificationAbandoned)]
    public void RecordsTurnsThatWereNotAnsweredWell(AnswerOutcome outcome, double confidence, bool abandoned, GapReason expected)
    {
        var report = new TurnReport { Outcome = outcome, Confidence = confidence, ClarificationAbandoned = abandoned, Question = "q" };

        Assert.Equal(expected, GapClassifier.Classify(report, lowConfidence: 0.35));
    }

    [Theory]
    [InlineData(AnswerOutcome.Answered)]
    [InlineData(AnswerOutcome.Clarified)]
    [InlineData(AnswerOutcome.Error)]
    public void LeavesConfidentAnswersQuestionsBackAndFaultsOut(AnswerOutcome outcome) =>
        Assert.Null(GapClassifier.Classify(new TurnReport { Outcome = outcome, Confidence = 0.9, Question = "q" }, 0.35));

    [Fact]
    public void ANotHelpfulVoteOrWordsOfComplaintAreGapsWhateverTheOutcome()
    {
        Assert.Equal(GapReason.NotHelpful, GapClassifier.Classify(new TurnReport { Outcome = AnswerOutcome.Answered, Helpful = false }, 0.35));
        Assert.Equal(GapReason.NotHelpful, GapClassifier.Classify(new TurnReport { Outcome = AnswerOutcome.Answered, NegativeFeedback = true }, 0.35));
        Assert.Null(GapClassifier.Classify(new TurnReport { Outcome = AnswerOutcome.Answered, Helpful = true, Confidence = 1 }, 0.35));
    }
}
