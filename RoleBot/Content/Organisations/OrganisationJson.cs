using System.Text.Json;
using RoleBot.Organisations;
using RoleBot.Organisations.Validation;

namespace RoleBot.Content.Organisations;

/// <summary>
/// Reads organisation.json (dialogs/schemas/organisation.schema.json) and checks what the schema says, plus the
/// formats of Teams tenant ids (GUIDs) and Slack team ids, reporting each problem at the value's line and column.
/// </summary>
public static class OrganisationJson
{
    public const string FileName = "organisation.json";

    private static readonly HashSet<string> Known = ["$schema", "name", "teamsTenantIds", "slackTeamIds", "source"];

    public sealed record Header(string Name, IReadOnlyList<string> TeamsTenantIds, IReadOnlyList<string> SlackTeamIds, OrganisationSource Source);

    public static Header? Parse(byte[] utf8, string file, List<OrganisationProblem> problems)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            problems.Add(new(file, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, $"not valid JSON: {Reason(e)}"));
            return null;
        }

        using (document)
        {
            var positions = new JsonPositions(utf8);
            void Problem(string path, string message)
            {
                var (line, column) = positions.Of(path);
                problems.Add(new(file, line, column, message));
            }

            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                Problem("$", "the file must hold one JSON object");
                return null;
            }

            foreach (var property in root.EnumerateObject().Where(p => !Known.Contains(p.Name)))
            {
                Problem($"$.{property.Name}", $"unknown property '{property.Name}'");
            }

            var name = Text(root, "name", "$", Problem, required: true);
            var tenants = Ids(root, "teamsTenantIds", "Teams tenant", Problem, OrganisationIds.IsTeamsTenantId, "a Teams tenant id must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)");
            var teams = Ids(root, "slackTeamIds", "Slack team", Problem, OrganisationIds.IsSlackTeamId, "a Slack team id is T or E followed by 8 to 11 capital letters or digits");
            OrganisationSource? source = null;
            if (!root.TryGetProperty("source", out var sourceElement) || sourceElement.ValueKind != JsonValueKind.Object)
            {
                Problem("$.source", "'source' is required: an object with the title (and optional url) of the document the ladder comes from");
            }
            else
            {
                var title = Text(sourceElement, "title", "$.source", Problem, required: true);
                var url = Text(sourceElement, "url", "$.source", Problem, required: false);
                if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
                {
                    Problem("$.source.url", $"'{url}' is not an absolute http(s) address");
                }

                foreach (var property in sourceElement.EnumerateObject().Where(p => p.Name is not ("title" or "url")))
                {
                    Problem($"$.source.{property.Name}", $"unknown property '{property.Name}' in source");
                }

                source = title is null ? null : new OrganisationSource(title, url);
            }

            return name is null || source is null ? null : new Header(name, tenants, teams, source);
        }
    }

    /// <summary>Where a tenant or team id value sits in the file, for problems found across organisations.</summary>
    public static (int Line, int Column) PositionOf(byte[] utf8, string property, int index) =>
        new JsonPositions(utf8).Of($"$.{property}[{index}]");

    private static string? Text(JsonElement parent, string name, string path, Action<string, string> problem, bool required)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            if (required)
            {
                problem(path, $"'{name}' is required");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            problem($"{path}.{name}", $"'{name}' must be a non-empty string");
            return null;
        }

        return value.GetString()!.Trim();
    }

    private static IReadOnlyList<string> Ids(JsonElement root, string name, string label, Action<string, string> problem, Func<string, bool> valid, string format)
    {
        if (!root.TryGetProperty(name, out var array))
        {
            return [];
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            problem($"$.{name}", $"'{name}' must be an array of strings");
            return [];
        }

        var ids = new List<string>();
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var path = $"$.{name}[{index++}]";
            if (item.ValueKind != JsonValueKind.String || !valid(item.GetString()!))
            {
                problem(path, $"unknown {label} id format '{(item.ValueKind == JsonValueKind.String ? item.GetString() : item.GetRawText())}': {format}");
            }
            else if (ids.Contains(item.GetString()!, StringComparer.OrdinalIgnoreCase))
            {
                problem(path, $"'{item.GetString()}' is listed twice");
            }
            else
            {
                ids.Add(item.GetString()!);
            }
        }

        return ids;
    }

    private static string Reason(JsonException e)
    {
        var cut = e.Message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut > 0 ? e.Message[..cut] : e.Message;
    }
}
