namespace RoleBot.Understanding.Content;

/// <summary>dialogs/language-understanding/en-us/synonyms.json: how words are normalised before matching.</summary>
public sealed record SynonymsFile
{
    public int MaxInputLength { get; init; } = 500;

    /// <summary>How much of a longer message is searched for the question (each sentence is read on its own, within MaxInputLength).</summary>
    public int MaxMessageLength { get; init; } = 4000;

    /// <summary>Phrase → canonical phrase ("v p" → "vice president", "mgr" → "manager"); applied longest-first, once.</summary>
    public Dictionary<string, string> Replacements { get; init; } = [];

    /// <summary>
    /// Phrase → cue word, applied to the words around the roles only ("higher than" → "above"), so role names
    /// that contain such words ("boss of operations") still match.
    /// </summary>
    public Dictionary<string, string> CueReplacements { get; init; } = [];

    /// <summary>Discipline → role phrase ("project management" → "project manager").</summary>
    public Dictionary<string, string> Disciplines { get; init; } = [];

    /// <summary>Departments that narrow a role without changing its rank ("VP of Sales" is a VP).</summary>
    public List<string> Qualifiers { get; init; } = [];

    /// <summary>Words that may precede a role without changing it when no more specific role exists ("regional director").</summary>
    public List<string> Modifiers { get; init; } = [];

    /// <summary>Role names that also name a relation between people ("the manager of X", "my manager"), dropped as roles there.</summary>
    public List<string> Relations { get; init; } = [];

    /// <summary>English words a typo away from a role word ("expect", "worked", "present"): never repaired into it. Usually loaded from realwords.json.</summary>
    public List<string> RealWords { get; init; } = [];

    public List<string> StopWords { get; init; } = [];

    /// <summary>Words of a question that name no topic ("have", "usually"): the passage search leaves them out.</summary>
    public List<string> SearchStopWords { get; init; } = [];

    /// <summary>Word → the knowledge base's word for it, for the passage search only ("handle" → "manage").</summary>
    public Dictionary<string, string> SearchSynonyms { get; init; } = [];

    /// <summary>Words that show a question is about roles even when no role is named.</summary>
    public List<string> DomainWords { get; init; } = [];

    /// <summary>Words after which an unknown word is read as a role the user named ("is a wizard…").</summary>
    public List<string> SlotLeaders { get; init; } = [];

    /// <summary>Words after which an unknown word at the very start is read as a role ("wizard or VP?").</summary>
    public List<string> SlotFollowers { get; init; } = [];

    /// <summary>
    /// Head nouns of job titles ("operator" in "flux capacitor operator"). Compared things the knowledge base does not
    /// know are read as roles only when one of them has such a word; otherwise the question is off topic.
    /// </summary>
    public List<string> RoleHeads { get; init; } = [];

    /// <summary>Ordinal words; -1 means "last".</summary>
    public Dictionary<string, int> Ordinals { get; init; } = [];

    /// <summary>Words around a choice that do not change it ("the second one please", "option 2").</summary>
    public List<string> ChoiceFillers { get; init; } = [];

    public FuzzySettings Fuzzy { get; init; } = new();
}

public sealed record FuzzySettings
{
    public int MinLength { get; init; } = 5;
    public int LongLength { get; init; } = 9;
    public int MaxEditsShort { get; init; } = 1;
    public int MaxEditsLong { get; init; } = 2;

    /// <summary>Shorter words get one edit only inside a multi-word role whose other words match ("vise president").</summary>
    public int WeakMinLength { get; init; } = 4;
}
