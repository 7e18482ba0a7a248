using RoleBot.Knowledge;

namespace RoleBot.Dialogs.Prompts;

/// <summary>Role ids turned into the words people read: "Project Manager, Product Manager or Program Manager".</summary>
public static class RoleNames
{
    public static string Name(KnowledgeBase kb, string id) => kb.FindRole(id)?.Name ?? id;

    public static string Join(KnowledgeBase kb, IEnumerable<string> ids, string lastSeparator = "or")
    {
        var names = ids.Select(id => Name(kb, id)).ToList();
        return names.Count <= 1
            ? string.Join("", names)
            : $"{string.Join(", ", names.Take(names.Count - 1))} {lastSeparator} {names[^1]}";
    }
}
