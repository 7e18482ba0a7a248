using RoleBot.Caching;

namespace RoleBot.Tests.Caching;

public sealed class GenerationalMemoTests
{
    [Fact]
    public void ComputesAValueOnceAndRemembersIt()
    {
        var memo = new GenerationalMemo<string, string>(4);
        var calls = 0;

        var first = memo.Recall("gm", 0, (_, key) => { calls++; return key.ToUpperInvariant(); });
        var second = memo.Recall("gm", 0, (_, key) => { calls++; return key; });

        Assert.Equal(("GM", "GM", 1), (first, second, calls));
    }

    [Fact]
    public void RemembersNothingWithACapacityOfZero()
    {
        var memo = new GenerationalMemo<string, int>(0);
        var calls = 0;

        memo.Recall("gm", 0, (_, _) => ++calls);
        var again = memo.Recall("gm", 0, (_, _) => ++calls);

        Assert.Equal((2, 0, false), (again, memo.Count, memo.Enabled));
    }

    [Fact]
    public void KeysByTheComparerItIsGiven()
    {
        var memo = new GenerationalMemo<string, int>(4, StringComparer.OrdinalIgnoreCase);
        var calls = 0;

        memo.Recall("COO", 0, (_, _) => ++calls);
        memo.Recall("coo", 0, (_, _) => ++calls);

        Assert.Equal(1, calls);
    }

    [Fact]
    public void KeepsAValueFromTheOldGenerationAndForgetsItTwoGenerationsLater()
    {
        var memo = new GenerationalMemo<int, int>(2);
        var calls = 0;
        int Recall(int key) => memo.Recall(key, 0, (_, k) => { calls++; return k; });

        // 1 and 2 fill the first generation, which becomes the old one; 3 starts the young one.
        Recall(1); Recall(2); Recall(3);
        Recall(1);
        Assert.Equal(3, calls);

        // 1 came back into the young generation with 3 and aged with it; two more generations and it is gone.
        Recall(4); Recall(5); Recall(6); Recall(7);
        Recall(1);
        Assert.Equal(8, calls);
        Assert.InRange(memo.Count, 1, 4);
    }

    [Fact]
    public void NeverHoldsMoreThanTwoGenerationsUnderConcurrentUse()
    {
        var memo = new GenerationalMemo<int, int>(64);

        Parallel.For(0, 20_000, i => Assert.Equal(i % 500, memo.Recall(i % 500, 0, (_, k) => k)));

        Assert.InRange(memo.Count, 1, 128 + Environment.ProcessorCount);
    }
}
