using RoleBot.Channels.WebChat.Page;
using RoleBot.Tests.Support;

namespace RoleBot.Tests.Channels.WebChat.Page;

/// <summary>
/// A copy of the shipped wwwroot (page template, script, styles) without the fetched Web Chat bundle, so each test
/// decides whether the bundle is there; the app under test serves from it.
/// </summary>
public sealed class TempWebRoot : IDisposable
{
    public const string StandInBundle = "window.WebChat = { standIn: true };";

    public string Path { get; } = Directory.CreateTempSubdirectory("rolebot-webroot-").FullName;

    /// <param name="withBundle">Write the stand-in bundle.</param>
    /// <param name="compressed">Also write its .br and .gz, as the build does.</param>
    public TempWebRoot(bool withBundle, bool compressed = false)
    {
        var shipped = System.IO.Path.Combine(AppContext.BaseDirectory, "wwwroot");
        File.Copy(System.IO.Path.Combine(shipped, "index.html"), System.IO.Path.Combine(Path, "index.html"));
        var assets = Directory.CreateDirectory(System.IO.Path.Combine(Path, WebChatBundle.AssetsFolder)).FullName;
        foreach (var file in Directory.GetFiles(System.IO.Path.Combine(shipped, WebChatBundle.AssetsFolder)))
        {
            File.Copy(file, System.IO.Path.Combine(assets, System.IO.Path.GetFileName(file)));
        }

        if (withBundle)
        {
            var bundle = new WebChatBundle(Path).FilePath;
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(bundle)!);
            File.WriteAllText(bundle, StandInBundle);
            if (compressed)
            {
                StandInCompression.Write(bundle);
            }
        }
    }

    public RoleBotAppFactory App(params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string?> { [$"{WebChatPageOptions.Section}:WebRoot"] = Path };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return new RoleBotAppFactory(new RoleBotAppOptions { Settings = all });
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
