namespace RoleBot.Channels.WebChat.DirectLine.Turns;

/// <summary>How a Direct Line turn went, as far as the HTTP answer needs to know.</summary>
public enum TurnRun
{
    /// <summary>The bot answered; its replies are in the conversation.</summary>
    Completed,

    /// <summary>The bot threw; the apology is in the conversation.</summary>
    BotFailed,

    /// <summary>Still busy when the POST stopped waiting; replies follow in the stream.</summary>
    StillRunning,

    /// <summary>The turn could not be run at all (502).</summary>
    NotRun,
}
