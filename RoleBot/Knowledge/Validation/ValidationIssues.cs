namespace RoleBot.Knowledge.Validation;

/// <summary>Collects every problem found; the loader later adds the file name and line.</summary>
internal sealed class ValidationIssues
{
    private readonly List<KnowledgeBaseError> _items = [];

    public IReadOnlyList<KnowledgeBaseError> Items => _items;

    public void Add(string path, string message) => _items.Add(new KnowledgeBaseError("", path, message));

    public void RequireText(string path, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(path, "must not be empty");
        }
    }

    public void RequireItems<T>(string path, IReadOnlyList<T>? values, int minimum = 1)
    {
        if (values is null || values.Count < minimum)
        {
            Add(path, minimum == 1 ? "must have at least one item" : $"must have at least {minimum} items");
        }
    }

    public void RequireTexts(string path, IReadOnlyList<string>? values)
    {
        for (var i = 0; i < (values?.Count ?? 0); i++)
        {
            RequireText($"{path}[{i}]", values![i]);
        }
    }
}
