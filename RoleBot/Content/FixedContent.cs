namespace RoleBot.Content;

/// <summary>Content that never changes (tests, benchmarks, tools that load a file once).</summary>
public sealed class FixedContent<T>(T value) : IContentSource<T>
{
    public T Current { get; } = value;
}
