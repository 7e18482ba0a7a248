namespace RoleBot.Tests.Dialogs.OpenQuestions;

/// <summary>Right or wrong for one reply, by its label; a "no answer" reply is never right for an answerable question.</summary>
public sealed class OpenQuestionJudge(OpenQuestionMarkers markers)
{
    public bool IsNoAnswer(string reply) =>
        markers.NoAnswerMarkers.Any(m => reply.Contains(m, StringComparison.OrdinalIgnoreCase));

    public bool IsRight(OpenQuestionExpectation expect, string reply)
    {
        if ((expect.None ?? []).Any(word => reply.Contains(word, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (expect.Sorry)
        {
            return IsNoAnswer(reply);
        }

        return !IsNoAnswer(reply)
            && (expect.All ?? []).All(group => group.Any(alt => reply.Contains(alt, StringComparison.OrdinalIgnoreCase)));
    }
}
