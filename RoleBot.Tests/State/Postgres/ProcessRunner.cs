using System.Diagnostics;

namespace RoleBot.Tests.State.Postgres;

/// <summary>Runs the PostgreSQL tools, as the postgres user when the tests run as root (the server refuses root).</summary>
public static class ProcessRunner
{
    public const string ServiceUser = "postgres";

    public static bool IsRoot => Environment.UserName == "root";

    public static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true };
        if (IsRoot)
        {
            start.FileName = "runuser";
            foreach (var a in new[] { "-u", ServiceUser, "--", file })
            {
                start.ArgumentList.Add(a);
            }
        }
        else
        {
            start.FileName = file;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(file)} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await stdout}\n{await stderr}");
        }
    }

    /// <summary>Hands a directory to the postgres user so initdb can create the cluster inside it.</summary>
    public static async Task GiveToServiceUserAsync(string directory)
    {
        if (!IsRoot)
        {
            return;
        }

        using var process = Process.Start("chown", [ServiceUser, directory]);
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"The tests run as root, and PostgreSQL refuses to: they need a '{ServiceUser}' user to run it as (Debian's postgresql package creates it).");
        }
    }
}
