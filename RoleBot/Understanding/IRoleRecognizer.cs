namespace RoleBot.Understanding;

/// <summary>Local, deterministic understanding of a user's (already mention-stripped) text.</summary>
public interface IRoleRecognizer
{
    UnderstandingResult Recognize(string text);
}
