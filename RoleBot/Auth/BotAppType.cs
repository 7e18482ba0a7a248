namespace RoleBot.Auth;

internal enum BotAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMsi,
}

internal static class BotAppTypes
{
    public static bool TryParse(string? value, out BotAppType type)
    {
        type = BotAppType.MultiTenant;
        switch (value?.Trim().ToUpperInvariant())
        {
            case null or "" or "MULTITENANT":
                return true;
            case "SINGLETENANT":
                type = BotAppType.SingleTenant;
                return true;
            case "USERASSIGNEDMSI":
                type = BotAppType.UserAssignedMsi;
                return true;
            default:
                return false;
        }
    }

    public static BotAppType Parse(string? value) => TryParse(value, out var type)
        ? type
        : throw new InvalidOperationException($"MicrosoftAppType '{value}' is not one of MultiTenant, SingleTenant, UserAssignedMSI.");
}
