namespace RoleBot.Understanding;

/// <summary>How questions are understood, bound from "RoleBot:Understanding".</summary>
public sealed class UnderstandingOptions
{
    public const string Section = "RoleBot:Understanding";

    /// <summary>Compile the intent cues once the bot has started (<see cref="CueCompilation"/>); off, they stay interpreted and answer the same, slower.</summary>
    public bool CompileCues { get; set; } = true;

    /// <summary>How long after the start the cues are compiled: the warm-up, /healthz and a new instance's first questions
    /// do not share the cores with the second of CPU it takes.</summary>
    public TimeSpan CompileCuesAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many distinct messages a generation of <see cref="UnderstandingMemo"/> remembers (at most twice this are
    /// held); 0 reads every message again.</summary>
    public int RememberedMessages { get; set; } = 2048;

    /// <summary>Longer messages are not remembered: they are rarely asked twice word for word.</summary>
    public int RememberedMessageLength { get; set; } = 200;
}
