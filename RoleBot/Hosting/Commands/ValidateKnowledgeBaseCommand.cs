using System.CommandLine;
using RoleBot.Content;
using RoleBot.Content.Knowledge;
using RoleBot.Knowledge.Validation;

namespace RoleBot.Hosting.Commands;

/// <summary>
/// "validate-kb [file] [--documents &lt;folder&gt;]": checks a knowledge base without starting the server, and with
/// --documents also that its sources and the documents in that folder match and that every quoted passage is in the
/// document it cites; exit 0 when valid, 1 otherwise.
/// </summary>
public static class ValidateKnowledgeBaseCommand
{
    public const string Name = "validate-kb";

    /// <summary>The command-line definition; a new option is declared here and its value passed on to <see cref="Run"/>.</summary>
    public static Command Create()
    {
        var file = new Argument<string?>("file")
        {
            Arity = ArgumentArity.ZeroOrOne,
            Description = "The knowledge base file to check; without it, the one the server would load.",
        };
        var documents = new Option<string?>(ValidateKnowledgeBaseArguments.DocumentsOption)
        {
            HelpName = "folder",
            Description = "Also check the sources against this folder of documents, and that every quoted passage is in the document it cites.",
        };
        var command = new Command(Name, "Check a knowledge base without starting the server (exit 0 when valid, 1 otherwise).") { file, documents };
        command.SetAction(parse => Run(
            [.. parse.GetValue(file) is { } path ? [path] : Array.Empty<string>(),
                .. parse.GetValue(documents) is { } folder ? [ValidateKnowledgeBaseArguments.DocumentsOption, folder] : Array.Empty<string>()],
            CommandConfiguration.Load(),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(IReadOnlyList<string> arguments, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        if (ValidateKnowledgeBaseArguments.Parse(arguments) is not { } parsed)
        {
            error.WriteLine($"usage: {Name} [file] [{ValidateKnowledgeBaseArguments.DocumentsOption} <folder>]");
            return 2;
        }

        string path;
        try
        {
            path = parsed.File is { } file ? ResolveArgument(file, configuration) : KnowledgeBaseLocation.Resolve(configuration);
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
        }
        catch (KnowledgeBaseException e)
        {
            return Failed(e.Errors, path, error);
        }

        if (parsed.Documents is null)
        {
            return 0;
        }

        var documents = Path.GetFullPath(parsed.Documents);
        var check = SourceDocumentsCheck.Run(path, documents);
        if (check.Errors.Count > 0)
        {
            return Failed(check.Errors, path, error);
        }

        output.WriteLine($"OK: {check.Quotes} quote{(check.Quotes == 1 ? "" : "s")} found verbatim in the documents they cite");
        output.WriteLine($"OK: {check.Cited} source files found in {documents}, and each of its {check.Documents} documents is cited");
        return 0;
    }

    private static int Failed(IReadOnlyList<KnowledgeBaseError> errors, string path, TextWriter error)
    {
        foreach (var problem in errors)
        {
            error.WriteLine(problem);
        }

        error.WriteLine($"FAILED: {errors.Count} error{(errors.Count == 1 ? "" : "s")} in {path}");
        return 1;
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
