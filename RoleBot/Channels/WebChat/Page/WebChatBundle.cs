using System.Reflection;

namespace RoleBot.Channels.WebChat.Page;

/// <summary>
/// Where the pinned botframework-webchat script lives. The build fetches it from the npm registry
/// (RoleBot/build/WebChatBundle.targets), so a machine without npm has a working bot but no bundle.
/// </summary>
public sealed class WebChatBundle(string webRoot)
{
    public const string AssetsFolder = "webchat";

    /// <summary>The version the build pinned; the URL carries it so the script can be cached for good.</summary>
    public static string Version { get; } = typeof(WebChatBundle).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .SingleOrDefault(a => a.Key == "WebChatVersion")?.Value
        ?? throw new InvalidOperationException("The assembly has no WebChatVersion metadata; RoleBot/build/WebChatBundle.targets sets it.");

    /// <summary>The URL folder of everything that belongs to this version (cached for good).</summary>
    public static string VersionPath => $"/{AssetsFolder}/{Version}";

    public static string RequestPath => $"{VersionPath}/webchat.js";

    public string FilePath { get; } = Path.Combine(webRoot, AssetsFolder, Version, "webchat.js");

    public bool Exists => File.Exists(FilePath);
}
