using System.Text.Json;

namespace RoleBot.Cards.Model.Writing;

/// <summary>Card actions: "type" first, the action's own properties, then title, id, tooltip and fallback.</summary>
internal static class ActionWriter
{
    private static readonly JsonEncodedText Type = JsonEncodedText.Encode("type"), Verb = JsonEncodedText.Encode("verb"),
        Data = JsonEncodedText.Encode("data"), Url = JsonEncodedText.Encode("url"), Title = JsonEncodedText.Encode("title"),
        Id = JsonEncodedText.Encode("id"), Tooltip = JsonEncodedText.Encode("tooltip"), Fallback = JsonEncodedText.Encode("fallback");

    private static readonly JsonEncodedText SubmitType = JsonEncodedText.Encode("Action.Submit"), ExecuteType = JsonEncodedText.Encode("Action.Execute"),
        OpenUrlType = JsonEncodedText.Encode("Action.OpenUrl");

    public static void Write(Utf8JsonWriter writer, AdaptiveAction action, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        switch (action)
        {
            case SubmitAction submit:
                writer.WriteString(Type, SubmitType);
                CardWriter.Object(writer, Data, submit.Data, options);
                break;
            case ExecuteAction execute:
                writer.WriteString(Type, ExecuteType);
                CardWriter.String(writer, Verb, execute.Verb);
                CardWriter.Object(writer, Data, execute.Data, options);
                break;
            case OpenUrlAction open:
                writer.WriteString(Type, OpenUrlType);
                // What the serializer writes for a Uri: the text it was made from.
                CardWriter.String(writer, Url, open.Url?.OriginalString);
                break;
            default:
                throw new NotSupportedException($"No JSON form for card action {action.GetType().Name}.");
        }

        CardWriter.String(writer, Title, action.Title);
        CardWriter.String(writer, Id, action.Id);
        CardWriter.String(writer, Tooltip, action.Tooltip);
        CardWriter.Nested(writer, Fallback, action.Fallback, Write, options);

        writer.WriteEndObject();
    }
}
