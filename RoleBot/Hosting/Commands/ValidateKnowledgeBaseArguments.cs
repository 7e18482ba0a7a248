namespace RoleBot.Hosting.Commands;

/// <summary>"validate-kb [file] [--documents &lt;folder&gt;]", in any order; null when they do not fit.</summary>
public sealed record ValidateKnowledgeBaseArguments(string? File, string? Documents)
{
    public const string DocumentsOption = "--documents";

    public static ValidateKnowledgeBaseArguments? Parse(IReadOnlyList<string> arguments)
    {
        string? file = null, documents = null;
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] == DocumentsOption)
            {
                if (documents is not null || i + 1 >= arguments.Count)
                {
                    return null;
                }

                documents = arguments[++i];
            }
            else if (file is null && !arguments[i].StartsWith("--", StringComparison.Ordinal))
            {
                file = arguments[i];
            }
            else
            {
                return null;
            }
        }

        return new(file, documents);
    }
}
