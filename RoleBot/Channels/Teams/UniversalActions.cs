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

    // Cards are immutable records, so whatever holds no RoleBot button is shared with the card it came from rather
    // than copied: on a comparison card the table alone is dozens of elements.
    private static IReadOnlyList<AdaptiveAction> Actions(IReadOnlyList<AdaptiveAction> actions) => Converted(actions, Action);

    // The Execute and its Submit fallback carry the very data object the card was rendered with: nothing changes a
    // rendered card's data, and serializing one object twice writes it twice (copies were a third of this conversion).
    private static AdaptiveAction Action(AdaptiveAction action) =>
        action is SubmitAction submit && Verb(submit.Data) is { } verb
            ? new ExecuteAction(submit.Title, verb, submit.Data) { Id = submit.Id, Tooltip = submit.Tooltip, Fallback = submit }
            : action;

    private static string? Verb(JsonObject data) =>
        data[CardPayload.VersionKey] is JsonValue
        && data["action"] is JsonValue action && action.TryGetValue<string>(out var name) && CardActionNames.TryParse(name, out var kind)
            ? VerbFor(kind)
            : null;

    private static IReadOnlyList<CardElement> Elements(IReadOnlyList<CardElement> elements) => Converted(elements, Element);

    // Static lambdas and method groups only: a closure per element was most of what converting a card allocated.
    private static CardElement Element(CardElement element)
    {
        var converted = element switch
        {
            ActionSet set => Unless(set, set.Actions, Actions(set.Actions), static (s, a) => s with { Actions = a }),
            Container container => Unless(container, container.Items, Elements(container.Items), static (c, i) => c with { Items = i }),
            ColumnSet columns => Unless(columns, columns.Columns, Converted(columns.Columns, ConvertColumn), static (s, c) => s with { Columns = c }),
            Table table => Unless(table, table.Rows, Converted(table.Rows, ConvertRow), static (t, r) => t with { Rows = r }),
            _ => element,
        };
        return converted.Fallback is { } fallback && Element(fallback) is var newFallback && !ReferenceEquals(newFallback, fallback)
            ? converted with { Fallback = newFallback }
            : converted;
    }

    private static Column ConvertColumn(Column column) => Unless(column, column.Items, Elements(column.Items), static (c, i) => c with { Items = i });

    private static TableRow ConvertRow(TableRow row) => Unless(row, row.Cells, Converted(row.Cells, ConvertCell), static (r, c) => r with { Cells = c });

    private static TableCell ConvertCell(TableCell cell) => Unless(cell, cell.Items, Elements(cell.Items), static (c, i) => c with { Items = i });

    private static T Unless<T, TPart>(T original, TPart before, TPart after, Func<T, TPart, T> rebuild) where TPart : class =>
        ReferenceEquals(before, after) ? original : rebuild(original, after);

    /// <summary>The same list when no item changed, else a new one.</summary>
    private static IReadOnlyList<T> Converted<T>(IReadOnlyList<T> items, Func<T, T> convert) where T : class
    {
        T[]? copy = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = convert(items[i]);
            if (copy is null && !ReferenceEquals(item, items[i]))
            {
                copy = new T[items.Count];
                for (var j = 0; j < i; j++)
                {
                    copy[j] = items[j];
                }
            }

            copy?[i] = item;
        }

        return copy ?? items;
    }
}
