namespace RoleBot.Bots;

public enum WelcomeKind
{
    None,

    /// <summary>A person started talking to the bot one-to-one (or in Web Chat / the Emulator).</summary>
    Welcome,

    /// <summary>The bot itself joined a team channel or group chat: one short intro, never per-person greetings.</summary>
    TeamIntro,
}
