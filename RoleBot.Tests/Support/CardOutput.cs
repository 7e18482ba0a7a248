using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RoleBot.Cards.Model;
using RoleBot.Channels.Slack;

namespace RoleBot.Tests.Support;

// Writes what the tests render so CI can check it with the official schema and renderer
// (.ci/steps/cards.sh). ROLEBOT_CARDS_OUT overrides the default .ci/out/cards under the repository root.
internal static class CardOutput
{
    public static string CardsFolder { get; } = Environment.GetEnvironmentVariable("ROLEBOT_CARDS_OUT") is { Length: > 0 } configured
        ? Path.GetFullPath(configured)
        : Path.Combine(CardTestContent.RepoRoot, ".ci", "out", "cards");

    // Block Kit messages go to artifacts/slack (or ROLEBOT_SLACK_OUT) for .ci/steps/slack-blocks.sh.
    public static string SlackFolder { get; } = Environment.GetEnvironmentVariable("ROLEBOT_SLACK_OUT") is { Length: > 0 } slack
        ? Path.GetFullPath(slack)
        : Path.Combine(CardTestContent.RepoRoot, "artifacts", "slack");

    private static readonly JsonSerializerOptions Indented = new(CardJson.Options) { WriteIndented = true };

    private static readonly JsonSerializerOptions IndentedAsReceived = new() { WriteIndented = true };

    public static void Write(string name, AdaptiveCard card) =>
        WriteFile(CardsFolder, name, JsonSerializer.Serialize(card, Indented));

    public static void Write(string name, SlackMessage message) =>
        WriteFile(SlackFolder, name, JsonSerializer.Serialize(message, new JsonSerializerOptions(SlackJson.Options) { WriteIndented = true }));

    /// <summary>A card taken from an HTTP response, written as received; the name is made file-safe.</summary>
    public static void Write(string name, JsonObject card) =>
        WriteFile(CardsFolder, string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c == '-' ? c : '-')), card.ToJsonString(IndentedAsReceived));

    private static void WriteFile(string folder, string name, string json)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name + ".json"), json + "\n", new UTF8Encoding(false));
    }
}
