using System.Diagnostics;

namespace RoleBot.Tests.State.Postgres;

/// <summary>Finds a PostgreSQL server installation: ROLEBOT_POSTGRES_BINDIR, `pg_config --bindir`, /usr/lib/postgresql/*/bin, PATH.</summary>
public static class PostgresBinaries
{
    public const string BinDirVariable = "ROLEBOT_POSTGRES_BINDIR";

    public static string Find()
    {
        var found = Candidates().FirstOrDefault(HasServer);
        return found ?? throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found in $" + BinDirVariable +
            ", `pg_config --bindir`, /usr/lib/postgresql/*/bin or PATH. The PostgreSQL state tests start a real throwaway server: " +
            "run .ci/setup.sh (or `apt-get install postgresql`), or set " + PostgresFactAttribute.SkipVariable + "=1 to skip them explicitly.");
    }

    private static IEnumerable<string> Candidates()
    {
        if (Environment.GetEnvironmentVariable(BinDirVariable) is { Length: > 0 } configured)
        {
            yield return configured;
        }

        if (PgConfigBinDir() is { } fromPgConfig)
        {
            yield return fromPgConfig;
        }

        if (Directory.Exists("/usr/lib/postgresql"))
        {
            // Newest major version first.
            foreach (var dir in Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
            {
                yield return Path.Combine(dir, "bin");
            }
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            yield return dir;
        }
    }

    private static bool HasServer(string dir) =>
        File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")) && File.Exists(Path.Combine(dir, "postgres"));

    private static string? PgConfigBinDir()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pg_config", "--bindir") { RedirectStandardOutput = true, RedirectStandardError = true });
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no pg_config on PATH
        }
    }
}
