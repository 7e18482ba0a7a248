namespace RoleBot.Dialogs.Content;

/// <summary>Bot-wide texts (dialogs/RoleBot/RoleBot.dialog.json) shared by the bot, interruptions and every dialog.</summary>
public sealed class BotTexts(DialogContentStore store)
{
    public const string ContentName = "RoleBot";

    public static readonly string[] Required =
    [
        "welcome", "teamIntro", "help", "capabilities", "cancelled", "nothingToCancel", "startOver",
        "greeting", "thanks", "outOfScope", "cannotAnswer", "unknownRole", "didYouMean", "staleCard", "staleChoice", "invalidCard",
    ];

    public DialogContent Content => store.Get(ContentName, Required);

    public string this[string key] => Content.Text(key);

    public string Format(string key, params (string Name, string Value)[] values) => Content.Text(key, values);
}
