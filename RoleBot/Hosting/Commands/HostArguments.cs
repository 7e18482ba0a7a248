namespace RoleBot.Hosting.Commands;

/// <summary>
/// Words that belong to ASP.NET Core's own command-line configuration ("--urls http://…", "--environment X",
/// "--RoleBot:Foo=bar", "/key=value", "key=value"). A first word of that form leaves the arguments to the host.
/// </summary>
public static class HostArguments
{
    public static bool IsHostStyle(string word) => word.StartsWith('-') || word.StartsWith('/') || word.Contains('=');
}
