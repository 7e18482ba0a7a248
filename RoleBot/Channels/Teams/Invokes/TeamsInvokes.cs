using RoleBot.Channels.Teams.Search;
using RoleBot.Protocol;
using RoleBot.Protocol.Turns;

namespace RoleBot.Channels.Teams.Invokes;

/// <summary>
/// The invokes RoleBot answers. Any other name leaves the response unset, so the adapter answers 501 as the SDK
/// does. A search value that is not a query, or a command the manifest does not declare, is a 400 with a Bot
/// Framework ErrorResponse (the SDK's InvokeResponseException(BadRequest)); a query that finds nothing is an
/// empty result list.
/// </summary>
public sealed class TeamsInvokes(AdaptiveCardActionHandler cardActions, RoleSearch search)
{
    public async Task HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        switch (activity.Name)
        {
            case TeamsInvokeNames.AdaptiveCardAction:
                turnContext.InvokeResponse = await cardActions.HandleAsync(turnContext, cancellationToken);
                break;
            case TeamsInvokeNames.SearchQuery:
                turnContext.InvokeResponse = Search(activity);
                break;
        }
    }

    private InvokeResponse Search(Activity activity)
    {
        if (SearchRequest.Read(activity.Value) is not { } request)
        {
            return ErrorResponse.BadRequest("The query has no commandId.");
        }

        return request.CommandId == SearchRequest.SearchCommandId
            ? new InvokeResponse(StatusCodes.Status200OK, search.Search(request))
            : ErrorResponse.BadRequest("Unknown search command.");
    }
}
