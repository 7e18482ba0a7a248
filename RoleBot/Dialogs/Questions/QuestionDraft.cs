using RoleBot.Understanding;

namespace RoleBot.Dialogs.Questions;

/// <summary>A question whose roles may still be missing or ambiguous; dialogs fill it, then it becomes a RoleQuestion.</summary>
public sealed record QuestionDraft
{
    public required Intent Intent { get; init; }

    public List<RoleSlot> Slots { get; init; } = [];

    public bool AsksLower { get; init; }

    public bool AsksHigher { get; init; }

    /// <summary>"Is X higher than Y?" wants a yes or no before the verdict; "who is higher?" does not.</summary>
    public bool IsYesNo { get; init; }

    /// <summary>"avp vs vp" names two roles and nothing else: people want to know which is higher.</summary>
    public bool LeadsWithVerdict { get; init; }

    /// <summary>"What skills do X and Y share?": what the two have in common, and what only one of them lists.</summary>
    public bool AsksShared { get; init; }

    /// <summary>The roles were taken from the conversation ("which of them...?"), so the reply names them first.</summary>
    public bool FromContext { get; init; }

    public bool IsComplete => Slots.Count >= IntentRoles.Needed(Intent) && Slots.All(s => s.IsFilled);

    public RoleQuestion ToQuestion() => new(Intent, [.. Slots.Select(s => s.RoleId!)], AsksLower, AsksHigher: AsksHigher, IsYesNo: IsYesNo, LeadsWithVerdict: LeadsWithVerdict, AsksShared: AsksShared)
    {
        Qualifiers = [.. Slots.Select(s => s.Qualifier)],
    };

    /// <summary>Pads to the number of roles the intent needs, so missing ones show up as empty slots.</summary>
    public QuestionDraft Padded()
    {
        var slots = Slots.ToList();
        while (slots.Count < IntentRoles.Needed(Intent))
        {
            slots.Add(new RoleSlot());
        }

        return this with { Slots = slots };
    }
}
