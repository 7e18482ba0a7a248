using System.Diagnostics;
using System.Net.Sockets;
using System.Net;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Hosting;

/// <summary>The built RoleBot.dll as a process: a mistyped command fails fast instead of starting a bot.</summary>
public class RoleBotProcessTests
{
    // A started server never exits on its own, so this only bounds how long a regression takes to show.
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task UnknownCommandExitsTwoWithoutStartingTheServer()
    {
        var port = LoopbackPorts.Free();
        var start = new ProcessStartInfo(DotnetHost(), [RoleBotDll(), "frobnicate"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // If the word started the server anyway, it would listen here and log Kestrel's "Now listening on".
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"RoleBot frobnicate was still running after {Limit.TotalSeconds} s: it started the server. stdout: {await stdout}");
        }

        Assert.Equal(2, process.ExitCode);
        Assert.StartsWith("unknown command 'frobnicate'; commands: validate-kb", await stderr);
        Assert.DoesNotContain("Now listening on", await stdout);
        Assert.True(PortIsFree(port), $"port {port} is in use after RoleBot exited");
    }

    // The RoleBot.dll the test project copied next to itself, runnable when its runtimeconfig came along; otherwise the
    // RoleBot project's own build output of the same configuration.
    private static string RoleBotDll()
    {
        var beside = typeof(Program).Assembly.Location;
        if (File.Exists(Path.ChangeExtension(beside, ".runtimeconfig.json")))
        {
            return beside;
        }

        var testBin = new DirectoryInfo(AppContext.BaseDirectory);
        var framework = testBin.Name;
        var configuration = testBin.Parent!.Name;
        var built = Path.Combine(Support.KnowledgeTestPaths.RepoRoot, "RoleBot", "bin", configuration, framework, "RoleBot.dll");
        Assert.True(File.Exists(built), $"RoleBot.dll with its runtimeconfig not found beside the tests nor at {built}");
        return built;
    }

    // The dotnet CLI tells child processes which host it is; a bare "dotnet" from PATH otherwise.
    private static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private static bool PortIsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
