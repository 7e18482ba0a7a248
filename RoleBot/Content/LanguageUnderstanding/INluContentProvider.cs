using RoleBot.Understanding.Content;

namespace RoleBot.Content.LanguageUnderstanding;

/// <summary>Hands out the language-understanding content currently in force; edits to the files swap it.</summary>
public interface INluContentProvider : IContentSource<NluContent>
{
}
