namespace RoleBot.Channels.Teams.Invokes;

public static class TeamsInvokeNames
{
    public const string AdaptiveCardAction = "adaptiveCard/action";
    public const string SearchQuery = "composeExtension/query";
    public const string SearchSelectItem = "composeExtension/selectItem";
}
