using System.Text.Json;

namespace RoleBot.Tests.Channels.Teams;

internal static class TeamsTestData
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Channels", "Teams", "TestData", file);

    public static List<T> Load<T>(string file) =>
        JsonSerializer.Deserialize<List<T>>(File.ReadAllText(PathOf(file)), Options) ?? throw new InvalidDataException(file);
}
