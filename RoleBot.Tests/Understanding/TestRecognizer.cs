using Microsoft.Extensions.Logging.Abstractions;
using RoleBot.Content;
using RoleBot.Content.Knowledge;
using RoleBot.Content.LanguageUnderstanding;
using RoleBot.Knowledge;
using RoleBot.Tests.Support;
using RoleBot.Understanding;

namespace RoleBot.Tests.Understanding;

/// <summary>The real recognizer over the repository's language-understanding files.</summary>
public static class TestRecognizer
{
    public static string ContentFolder { get; } = Path.Combine(
        ContentPaths.FindDialogsRoot(AppContext.BaseDirectory) ?? throw new DirectoryNotFoundException("dialogs/ not found"),
        NluContentReader.RelativePath);

    private static readonly Lazy<RoleRecognizer> SharedShipped = new(() => Create(ShippedKnowledgeBase.Instance));

    /// <summary>Over the shipped knowledge base: what the bot will really do.</summary>
    public static RoleRecognizer Shipped => SharedShipped.Value;

    public static RoleRecognizer Create(KnowledgeBase kb) => new(new FixedKnowledgeBaseProvider(kb), Content());

    public static INluContentProvider Content(string? folder = null) =>
        new FileNluContentProvider(folder ?? ContentFolder, NullLogger<FileNluContentProvider>.Instance, TimeProvider.System);
}
