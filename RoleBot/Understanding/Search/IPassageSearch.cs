namespace RoleBot.Understanding.Search;

/// <summary>Finds the knowledge-base passages closest to a question the structured answers cannot answer.</summary>
public interface IPassageSearch
{
    PassageResults Search(string question);
}
