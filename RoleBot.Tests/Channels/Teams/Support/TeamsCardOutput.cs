using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RoleBot.Tests.Cards;

namespace RoleBot.Tests.Channels.Teams.Support;

/// <summary>Cards taken from HTTP responses go to the same folder as the cards tests' output, so CI validates them too.</summary>
internal static class TeamsCardOutput
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Write(string name, JsonObject card)
    {
        Directory.CreateDirectory(CardOutput.CardsFolder);
        var safe = string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c == '-' ? c : '-'));
        File.WriteAllText(Path.Combine(CardOutput.CardsFolder, safe + ".json"), card.ToJsonString(Indented) + "\n", new UTF8Encoding(false));
    }
}
