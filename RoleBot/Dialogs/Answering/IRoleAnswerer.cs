using RoleBot.Dialogs.Questions;
using RoleBot.Protocol;

namespace RoleBot.Dialogs.Answering;

/// <summary>
/// Turns a resolved question into reply activities from the knowledge base. Dialogs decide what is being asked;
/// the answerer decides what the knowledge base says, so no dialog can invent a verdict.
/// </summary>
public interface IRoleAnswerer
{
    IReadOnlyList<Activity> Answer(RoleQuestion question);
}
