using System.Text.Json;

namespace RoleBot.Protocol.Http;

/// <summary>
/// Turns a request body into an Activity. Every defect becomes a 400 with a reason that names the JSON path
/// but never echoes content, because bodies can carry user text and channel secrets.
/// </summary>
public static class ActivityReader
{
    private const int MaxPathLength = 120;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static ActivityReadResult Read(ReadOnlySpan<byte> body) => Read(body, complete: null);

    /// <summary>
    /// As <see cref="Read(ReadOnlySpan{byte})"/>, but <paramref name="complete"/> fills in what the hosting channel
    /// vouches for (a self-hosted Direct Line sets conversation, serviceUrl, from) before the activity is validated.
    /// </summary>
    public static ActivityReadResult Read(ReadOnlySpan<byte> body, Action<Activity>? complete)
    {
        // Some HTTP clients (.NET's own StreamWriter defaults among them) prefix UTF-8 with a byte-order mark.
        if (body.StartsWith(Utf8Bom))
        {
            body = body[Utf8Bom.Length..];
        }

        if (body.IsEmpty)
        {
            return ActivityReadResult.BadRequest("The request body is empty.");
        }

        // The serializer only checks UTF-8 where it decodes strings; bytes hidden in value, entities or
        // channelData would otherwise fail later, inside a turn.
        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            return ActivityReadResult.BadRequest("The body is not valid UTF-8.");
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ActivityJson.Options);
        }
        catch (JsonException ex)
        {
            return ActivityReadResult.BadRequest(DescribeJsonError(ex));
        }

        if (activity is null)
        {
            return ActivityReadResult.BadRequest("The body must be a JSON object.");
        }

        if (!JsonStrings.AllDecode(body))
        {
            return ActivityReadResult.BadRequest("A string in the body is not valid Unicode (an unpaired surrogate escape).");
        }

        complete?.Invoke(activity);
        return ActivityValidator.Validate(activity);
    }

    // The path can hold a member name the sender chose ("$.from['...']"), so it is quoted short and on one line.
    private static string DescribeJsonError(JsonException ex) =>
        ex.Path is null or "$"
            ? "The body is not a JSON object that can be read as an activity."
            : $"The member at {LogValue.Untrusted(ex.Path, MaxPathLength)} is malformed, nested too deeply or has the wrong type.";
}
