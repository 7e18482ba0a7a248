using System.Text.Json.Nodes;
using RoleBot.Cards.Actions;
using RoleBot.Cards.Model;
using RoleBot.Cards.Rendering;

namespace RoleBot.Channels.Teams;

/// <summary>
/// Teams gets Universal Actions: every RoleBot button becomes Action.Execute (an adaptiveCard/action invoke the
/// bot answers with an updated card) carrying the same data, with the Action.Submit it replaces as fallback for
/// hosts without Universal Actions. Every other channel keeps Action.Submit: Web Chat and the Emulator cannot
/// send an Execute, and Slack never sees these cards. Buttons that are not RoleBot payloads are left alone.
/// </summary>
public static class UniversalActions
{
    /// <summary>Verbs are "rolebot.&lt;action&gt;", as the cards' own Universal Actions option writes them.</summary>
    public const string VerbPrefix = FollowUpActions.VerbPrefix;

    public static AdaptiveCard ToExecute(AdaptiveCard card) => card with { Body = Elements(card.Body), Actions = Actions(card.Actions) };

    public static string VerbFor(CardActionKind kind) => VerbPrefix + CardActionNames.ToWire(kind);

    private static IReadOnlyList<AdaptiveAction> Actions(IReadOnlyList<AdaptiveAction> actions) => [.. actions.Select(Action)];

    private static AdaptiveAction Action(AdaptiveAction action) =>
        action is SubmitAction submit && Verb(submit.Data) is { } verb
            ? new ExecuteAction(submit.Title, verb, submit.Data.DeepClone().AsObject())
            {
                Id = submit.Id,
                Tooltip = submit.Tooltip,
                Fallback = submit with { Data = submit.Data.DeepClone().AsObject() },
            }
            : action;

    private static string? Verb(JsonObject data) =>
        data[CardPayload.VersionKey] is JsonValue
        && data["action"] is JsonValue action && action.TryGetValue<string>(out var name) && CardActionNames.TryParse(name, out var kind)
            ? VerbFor(kind)
            : null;

    private static IReadOnlyList<CardElement> Elements(IReadOnlyList<CardElement> elements) => [.. elements.Select(Element)];

    private static CardElement Element(CardElement element)
    {
        var converted = element switch
        {
            ActionSet set => set with { Actions = Actions(set.Actions) },
            Container container => container with { Items = Elements(container.Items) },
            ColumnSet columns => columns with { Columns = [.. columns.Columns.Select(c => c with { Items = Elements(c.Items) })] },
            Table table => table with
            {
                Rows = [.. table.Rows.Select(r => r with { Cells = [.. r.Cells.Select(c => c with { Items = Elements(c.Items) })] })],
            },
            _ => element,
        };
        return converted.Fallback is { } fallback ? converted with { Fallback = Element(fallback) } : converted;
    }
}
