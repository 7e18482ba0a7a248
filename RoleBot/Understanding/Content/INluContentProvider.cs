using RoleBot.Content;

namespace RoleBot.Understanding.Content;

/// <summary>Hands out the language-understanding content currently in force; edits to the files swap it.</summary>
public interface INluContentProvider : IContentSource<NluContent>
{
}
