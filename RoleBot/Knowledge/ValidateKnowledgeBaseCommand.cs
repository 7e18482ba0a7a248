using RoleBot.Content;
using RoleBot.Content.Knowledge;
using RoleBot.Knowledge.Validation;

namespace RoleBot.Knowledge;

/// <summary>"validate-kb [file]": checks a knowledge base without starting the server; exit 0 when valid, 1 otherwise.</summary>
public static class ValidateKnowledgeBaseCommand
{
    public const string Name = "validate-kb";

    public static int Run(IReadOnlyList<string> arguments, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        if (arguments.Count > 1)
        {
            error.WriteLine($"usage: {Name} [file]");
            return 2;
        }

        string path;
        try
        {
            path = arguments.Count == 1 ? ResolveArgument(arguments[0], configuration) : KnowledgeBaseLocation.Resolve(configuration);
        }
        catch (DirectoryNotFoundException e)
        {
            error.WriteLine(e.Message);
            return 1;
        }

        try
        {
            var kb = KnowledgeBaseLoader.LoadFile(path);
            output.WriteLine($"OK: {kb.Roles.Count} roles, {kb.Comparisons.Count} comparisons, {kb.Faqs.Count} FAQs");
            return 0;
        }
        catch (KnowledgeBaseException e)
        {
            foreach (var problem in e.Errors)
            {
                error.WriteLine(problem);
            }

            error.WriteLine($"FAILED: {e.Errors.Count} error{(e.Errors.Count == 1 ? "" : "s")} in {path}");
            return 1;
        }
    }

    // "dotnet run --project RoleBot" runs in the project folder, so a path typed at the repository root may not
    // resolve against the working directory; fall back to the content root (the folder that holds dialogs/).
    private static string ResolveArgument(string argument, IConfiguration configuration)
    {
        var direct = Path.GetFullPath(argument);
        if (File.Exists(direct) || Path.IsPathRooted(argument))
        {
            return direct;
        }

        var dialogs = ContentPaths.FindDialogsRoot(AppContext.BaseDirectory);
        var configured = configuration[ContentPaths.ContentRootKey];
        var contentRoot = !string.IsNullOrWhiteSpace(configured) ? configured : dialogs is null ? null : Path.GetDirectoryName(dialogs);
        var fallback = contentRoot is null ? null : Path.GetFullPath(Path.Combine(contentRoot, argument));
        return fallback is not null && File.Exists(fallback) ? fallback : direct;
    }
}
