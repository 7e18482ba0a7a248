using RoleBot.Dialogs.Questions;
using RoleBot.Understanding;

namespace RoleBot.Dialogs.Prompts;

/// <summary>
/// What a typed message means while the bot waits for one role: a complete new question that replaces the pending
/// one, or an answer to the prompt, possibly with more than was asked ("the COO I guess", "VP, thanks").
/// </summary>
public static class PromptReply
{
    /// <summary>The content list (RolePrompt.dialog.json) of words that only join a list of roles ("and", "or", "maybe").</summary>
    public const string ListWordsKey = "listWords";

    /// <summary>
    /// A question about one role with its role named ("what does a scrum master do?") is new; two roles are a new
    /// question only when clearly meant as a pair ("is the CFO above the COO?", "COO vs CTO"), not when merely
    /// listed ("COO or CTO"): then the prompt takes the first and says so.
    /// </summary>
    public static bool IsNewQuestion(UnderstandingResult understanding, IReadOnlyCollection<string> listWords)
    {
        if (understanding.Intent == Intent.Faq)
        {
            return true;
        }

        var needed = IntentRoles.Needed(understanding.Intent);
        return needed switch
        {
            1 => understanding.Roles.Count >= 1,
            2 => understanding.Roles.Count >= 2 && !IsBareList(understanding, listWords),
            _ => false,
        };
    }

    /// <summary>The roles named, with nothing but list words between and around them.</summary>
    public static bool IsBareList(UnderstandingResult understanding, IReadOnlyCollection<string> listWords)
    {
        var rest = understanding.Text;
        foreach (var role in understanding.Roles.OrderByDescending(r => r.Start))
        {
            rest = rest[..role.Start] + " " + rest[(role.Start + role.Length)..];
        }

        return PlainWords.Words(PlainWords.Normalize(rest)).All(w => listWords.Contains(w, StringComparer.OrdinalIgnoreCase));
    }
}
