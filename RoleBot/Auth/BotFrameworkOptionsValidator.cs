using Microsoft.Extensions.Options;

namespace RoleBot.Auth;

/// <summary>Fails startup on credentials that could never yield a token, instead of failing the first reply.</summary>
internal sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        if (!BotAppTypes.TryParse(options.MicrosoftAppType, out var type))
        {
            return ValidateOptionsResult.Fail($"MicrosoftAppType '{options.MicrosoftAppType}' is not one of MultiTenant, SingleTenant, UserAssignedMSI.");
        }

        if (options.IsAuthenticationDisabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (type != BotAppType.UserAssignedMsi && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            failures.Add($"MicrosoftAppType {options.MicrosoftAppType} with a MicrosoftAppId requires MicrosoftAppPassword.");
        }

        if (type != BotAppType.MultiTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add($"MicrosoftAppType {options.MicrosoftAppType} requires MicrosoftAppTenantId.");
        }

        if (!options.ToChannelFromBotLoginUrlTemplate.Contains("{0}", StringComparison.Ordinal))
        {
            failures.Add("ToChannelFromBotLoginUrlTemplate must contain the tenant placeholder {0}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
