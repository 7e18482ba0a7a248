using RoleBot.Knowledge;

namespace RoleBot.Answers;

// A role as an answer names it: id for buttons, display name for people.
public sealed record RoleRef(string Id, string Name, string? Abbreviation = null)
{
    // "Vice President (VP)"; with what the user's title added, "VP (Customer Success)".
    public string DisplayName => Qualifier is not null ? $"{ShortName} ({Qualifier})" : Abbreviation is null ? Name : $"{Name} ({Abbreviation})";

    // The department, region or site of the title the user wrote ("Customer Success"); the role is still this one.
    public string? Qualifier { get; init; }

    // True when the abbreviation names several roles ("PM"), so it must not stand alone.
    public bool AbbreviationIsAmbiguous { get; init; }

    // The shortest unambiguous name, for buttons ("VP", but "Project Manager" rather than "PM").
    public string ShortName => Abbreviation is null || AbbreviationIsAmbiguous ? Name : Abbreviation;

    public static RoleRef From(Role role, KnowledgeBase? kb = null)
    {
        var abbreviation = role.Abbreviations.Count > 0 ? role.Abbreviations[0] : null;
        var ambiguous = abbreviation is not null
            && (kb?.AmbiguousAliases.Any(a => string.Equals(a.Alias, abbreviation, StringComparison.OrdinalIgnoreCase)) ?? false);
        return new(role.Id, role.Name, abbreviation) { AbbreviationIsAmbiguous = ambiguous };
    }
}
