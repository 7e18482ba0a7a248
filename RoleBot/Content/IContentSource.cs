namespace RoleBot.Content;

/// <summary>Hands out the version of a piece of content currently in force; a reload swaps it atomically.</summary>
public interface IContentSource<out T>
{
    T Current { get; }
}
