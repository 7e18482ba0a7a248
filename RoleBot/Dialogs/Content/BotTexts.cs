using RoleBot.Content.Dialogs;
using RoleBot.Content.Templates;

namespace RoleBot.Dialogs.Content;

/// <summary>Bot-wide texts (dialogs/RoleBot/RoleBot.dialog.json) shared by the bot, interruptions and every dialog.</summary>
public sealed class BotTexts(DialogContentStore store)
{
    public const string ContentName = "RoleBot";

    public static readonly TemplateKey[] Texts =
    [
        .. new[]
        {
            "welcome", "teamIntro", "help", "capabilities", "cancelled", "nothingToCancel", "startOver",
            "greeting", "greeting.first", "thanks", "goodbye", "feedback", "outOfScope", "cannotAnswer", "staleCard", "staleChoice", "invalidCard", "voteHelpful", "voteUnhelpful",
        }.Select(key => new TemplateKey(key)),
        new("unknownRole", "role"),
        new("didYouMean", "roles"),
    ];

    public DialogContent Content => store.Get(ContentName, Texts);

    public string this[string key] => Content.Text(key);

    public string Format(string key, params (string Name, string Value)[] values) => Content.Text(key, values);
}
