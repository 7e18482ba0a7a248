namespace RoleBot.Channels.Slack;

// Block Kit limits (docs.slack.dev block reference, @slack/types). Slack rejects the whole message past any of them.
public static class SlackLimits
{
    public const int Blocks = 50;
    public const int HeaderChars = 150;
    public const int SectionTextChars = 3000;
    public const int Fields = 10;
    public const int FieldChars = 2000;
    public const int ContextElements = 10;
    public const int ActionElements = 25;
    public const int ButtonTextChars = 75;
    public const int ButtonValueChars = 2000;
    public const int IdChars = 255;
    public const int MessageTextChars = 4000;
}
