using RoleBot.Tests.Support;
using RoleBot.Understanding;

namespace RoleBot.Tests.Understanding;

public sealed class UnderstandingMemoTests
{
    [Fact]
    public void ReadsAMessageOnceUnderOneModel()
    {
        var memo = new UnderstandingMemo(16, 200);
        var reader = new CountingReader();

        var first = memo.Recall(1, "who is higher, GM or VP?", reader, CountingReader.Read);
        var second = memo.Recall(1, "who is higher, GM or VP?", reader, CountingReader.Read);

        Assert.Same(first, second);
        Assert.Equal(1, reader.Reads);
    }

    [Fact]
    public void ReadsTheMessageAgainUnderAnotherModel()
    {
        var memo = new UnderstandingMemo(16, 200);
        var reader = new CountingReader();

        memo.Recall(1, "what does a COO do?", reader, CountingReader.Read);
        memo.Recall(2, "what does a COO do?", reader, CountingReader.Read);

        Assert.Equal(2, reader.Reads);
    }

    [Fact]
    public void TellsMessagesApartByEveryCharacter()
    {
        var memo = new UnderstandingMemo(16, 200);
        var reader = new CountingReader();

        var upper = memo.Recall(1, "PM", reader, CountingReader.Read);
        var lower = memo.Recall(1, "pm", reader, CountingReader.Read);

        Assert.Equal(2, reader.Reads);
        Assert.Equal(["PM", "pm"], [upper.Text, lower.Text]);
    }

    [Fact]
    public void HoldsAtMostTwoGenerationsAndForgetsTheOldest()
    {
        var memo = new UnderstandingMemo(2, 200);
        var reader = new CountingReader();
        foreach (var text in new[] { "a", "b", "c", "d", "e" })
        {
            memo.Recall(1, text, reader, CountingReader.Read);
        }

        Assert.InRange(memo.Count, 1, 4);
        memo.Recall(1, "a", reader, CountingReader.Read);
        Assert.Equal(6, reader.Reads);
    }

    [Fact]
    public void KeepsAMessageAskedAgainInTheOldGeneration()
    {
        var memo = new UnderstandingMemo(2, 200);
        var reader = new CountingReader();
        foreach (var text in new[] { "a", "b", "a", "c", "d", "a" })
        {
            memo.Recall(1, text, reader, CountingReader.Read);
        }

        Assert.Equal(4, reader.Reads);
    }

    [Theory]
    [InlineData(0, 200, "short")]
    [InlineData(16, 4, "longer than four")]
    public void DoesNotRememberWhenOffOrTooLong(int capacity, int maxLength, string text)
    {
        var memo = new UnderstandingMemo(capacity, maxLength);
        var reader = new CountingReader();

        memo.Recall(1, text, reader, CountingReader.Read);
        memo.Recall(1, text, reader, CountingReader.Read);

        Assert.Equal(2, reader.Reads);
        Assert.Equal(0, memo.Count);
    }

    [Fact]
    public void ManyThreadsEachGetTheirOwnMessagesResult()
    {
        var memo = new UnderstandingMemo(4096, 200);
        var reader = new CountingReader();
        var texts = Enumerable.Range(0, 64).Select(i => $"question {i}").ToArray();

        var asked = texts.AsParallel().WithDegreeOfParallelism(8)
            .SelectMany(t => Enumerable.Range(0, 50).Select(_ => (Text: t, Result: memo.Recall(1, t, reader, CountingReader.Read))))
            .ToList();

        Assert.All(asked, a => Assert.Equal(a.Text, a.Result.Text));
        Assert.InRange(reader.Reads, texts.Length, texts.Length * 8);
    }

    [Fact]
    public void TheRecognizerUnderstandsARememberedMessageAsItDidTheFirstTime()
    {
        var recognizer = TestRecognizer.Create(TestKnowledge.Fixture());

        var first = recognizer.Recognize("is a PM higher than a GM?");
        var again = recognizer.Recognize("is a PM higher than a GM?");

        Assert.Same(first, again);
        Assert.Equal(recognizer.Model().Understand("is a PM higher than a GM?"), first, ResultComparer.Instance);
    }

    private sealed class CountingReader
    {
        private int _reads;

        public int Reads => Volatile.Read(ref _reads);

        public static UnderstandingResult Read(CountingReader reader, string? text)
        {
            Interlocked.Increment(ref reader._reads);
            return new UnderstandingResult { Text = text ?? "", Intent = Intent.None, Confidence = 0 };
        }
    }

    private sealed class ResultComparer : IEqualityComparer<UnderstandingResult>
    {
        public static ResultComparer Instance { get; } = new();

        public bool Equals(UnderstandingResult? x, UnderstandingResult? y) => Describe(x) == Describe(y);

        public int GetHashCode(UnderstandingResult obj) => Describe(obj).GetHashCode(StringComparison.Ordinal);

        private static string Describe(UnderstandingResult? r) => r is null ? "" :
            $"{r.Text}|{r.Intent}|{r.Confidence}|{string.Join(";", r.Roles.Select(m => $"{m.Text}@{m.Start}:{string.Join(",", m.Candidates)}"))}|{r.AsksLower}|{string.Join(";", r.Alternatives)}";
    }
}
