using System.Text.Json;

namespace RoleBot.Cards.Actions;

/// <summary>The string fields of a payload, or the first one that is present but not a string.</summary>
internal sealed record PayloadFields(string? Action, string? Role, string? Other, string? Faq, string? Text, string? Answer, string? Error)
{
    public static PayloadFields Read(JsonElement data)
    {
        string? error = null;
        string? Field(string name)
        {
            if (!data.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (element.ValueKind != JsonValueKind.String)
            {
                error ??= $"'{name}' must be a string";
                return null;
            }

            return element.GetString();
        }

        var action = Field("action");
        var role = Field("role");
        var other = Field("other");
        var faq = Field("faq");
        var text = Field("text");
        var answer = Field("answer");
        return new PayloadFields(action, role, other, faq, text, answer, error);
    }
}
