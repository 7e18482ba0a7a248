using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace RoleBot.Channels.Slack.Native;

/// <summary>
/// Slash commands and interactivity post application/x-www-form-urlencoded. The form is decoded from the bytes
/// that were signed, never re-read from the request, so what is parsed is exactly what was verified.
/// </summary>
public sealed class SlackForm
{
    private readonly Dictionary<string, string> _fields;

    private SlackForm(Dictionary<string, string> fields) => _fields = fields;

    public static SlackForm? Parse(byte[] body)
    {
        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            return null;
        }

        try
        {
            using var reader = new FormReader(Encoding.UTF8.GetString(body));
            var form = reader.ReadForm();
            // Slack sends each field once; a repeated one would be joined with commas into a value nobody sent.
            if (form.Values.Any(v => v.Count > 1))
            {
                return null;
            }

            return new SlackForm(form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal));
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    public string? this[string name] => _fields.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
}
