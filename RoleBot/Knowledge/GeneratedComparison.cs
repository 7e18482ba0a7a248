namespace RoleBot.Knowledge;

/// <summary>The facts a comparison without a curated entry is built from, oriented as First vs Second.</summary>
public sealed record GeneratedComparison(ComparedRole First, ComparedRole Second)
{
    public GeneratedComparison Swapped() => new(Second, First);
}
