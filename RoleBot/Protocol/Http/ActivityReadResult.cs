namespace RoleBot.Protocol.Http;

/// <summary>Either a usable activity or the HTTP status and a short, content-free reason to reject it.</summary>
public sealed record ActivityReadResult(Activity? Activity, int Status, string? Problem)
{
    public bool Succeeded => Activity is not null;

    public static ActivityReadResult Ok(Activity activity) => new(activity, StatusCodes.Status200OK, null);

    public static ActivityReadResult BadRequest(string problem) => new(null, StatusCodes.Status400BadRequest, problem);

    public static ActivityReadResult TooLarge(int maxBytes) =>
        new(null, StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {maxBytes} bytes.");
}
