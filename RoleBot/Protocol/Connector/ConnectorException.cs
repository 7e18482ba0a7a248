namespace RoleBot.Protocol.Connector;

/// <summary>A channel refused an activity. Carries the channel's own error, never the request body.</summary>
public sealed class ConnectorException(int statusCode, string? errorCode, string? errorMessage)
    : Exception($"The channel answered HTTP {statusCode}{Describe(errorCode, errorMessage)}.")
{
    public int StatusCode { get; } = statusCode;
    public string? ErrorCode { get; } = errorCode;
    public string? ErrorMessage { get; } = errorMessage;

    private static string Describe(string? code, string? message) =>
        code is null && message is null ? string.Empty : $" ({code}: {message})";
}
