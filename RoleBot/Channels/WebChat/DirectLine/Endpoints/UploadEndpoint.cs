namespace RoleBot.Channels.WebChat.DirectLine.Endpoints;

/// <summary>RoleBot answers questions about roles; files have nothing to add, so the page hides the upload button.</summary>
public static class UploadEndpoint
{
    // Not 403 (DirectLineJS would read it as an expired token) and not 5xx (it would offer to retry).
    public static IResult Refuse() => DirectLineResults.Problem(
        StatusCodes.Status415UnsupportedMediaType,
        "Uploads are not supported; send text or use the buttons on the cards.");
}
