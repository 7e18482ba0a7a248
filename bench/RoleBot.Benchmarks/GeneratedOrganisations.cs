using System.Globalization;
using System.Text;

namespace RoleBot.Benchmarks;

/// <summary>Writes <c>count</c> organisations of <c>titles</c> titles each (two tracks, reporting lines, aliases) into a folder.</summary>
public static class GeneratedOrganisations
{
    public static string Write(int count, int titles)
    {
        var root = Path.Combine(Path.GetTempPath(), $"rolebot-bench-orgs-{count}x{titles}");
        if (Directory.Exists(root))
        {
            return root;
        }

        for (var o = 0; o < count; o++)
        {
            var folder = Path.Combine(root, $"org-{o:D4}");
            Directory.CreateDirectory(folder);
            var tenant = new Guid(o, 0x1111, 0x4111, [0x81, 0x11, 0, 0, 0, 0, 0, 1]).ToString();
            File.WriteAllText(Path.Combine(folder, "organisation.json"),
                $$"""{ "name": "Org {{o}}", "teamsTenantIds": ["{{tenant}}"], "source": { "title": "Org {{o}} ladder" } }""");
            var csv = new StringBuilder("title,level,track,reports_to,aliases\n");
            for (var t = 0; t < titles; t++)
            {
                var track = t % 2 == 0 ? "Engineering" : "Sales";
                var level = 1 + (t / 2) % 20;
                csv.Append(CultureInfo.InvariantCulture, $"Title {o} {t},{level},{track},,Alias {o} {t};T{o}x{t}\n");
            }

            File.WriteAllText(Path.Combine(folder, "ladder.csv"), csv.ToString());
        }

        return root;
    }

    public static string TenantOf(int o) => new Guid(o, 0x1111, 0x4111, [0x81, 0x11, 0, 0, 0, 0, 0, 1]).ToString();
}
