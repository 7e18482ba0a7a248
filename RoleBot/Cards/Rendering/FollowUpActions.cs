using RoleBot.Answers.Documents;
using RoleBot.Cards.Actions;
using RoleBot.Cards.Model;

namespace RoleBot.Cards.Rendering;

public static class FollowUpActions
{
    // Action.Execute verbs are "rolebot.<action>"; the data is the same payload either way.
    public const string VerbPrefix = "rolebot.";

    public static AdaptiveAction For(FollowUp followUp, CardRenderOptions options) => options.UniversalActions
        ? ExecuteAction.WithSubmitFallback(followUp.Title, VerbPrefix + CardActionNames.ToWire(followUp.Payload.Action), followUp.Payload.ToJson())
        : new SubmitAction(followUp.Title, followUp.Payload.ToJson());
}
