using Microsoft.Extensions.Options;
using RoleBot.Caching;
using RoleBot.Dialogs.Questions;
using RoleBot.Organisations;
using RoleBot.Protocol;

namespace RoleBot.Dialogs.Answering;

/// <summary>
/// The answers to the last few hundred distinct questions, while the content they were made from stays the same.
/// An answer is a function of the resolved question and <see cref="RoleAnswerer.Inputs"/> alone, and people ask the
/// same few questions again and again, so an equal question (<see cref="RoleQuestionComparer"/>) gets a copy of the
/// replies made before. Any reload starts afresh; questions asked inside an organisation are answered anew each
/// time, as its view of the knowledge base is its own. Each caller gets its own copies, which it may change.
/// </summary>
public sealed class RememberedAnswers(RoleAnswerer answerer, IOptions<AnswerMemoOptions> options) : IRoleAnswerer
{
    private readonly int _capacity = options.Value.RememberedAnswers;
    private Remembered? _remembered;

    public IReadOnlyList<Activity> Answer(RoleQuestion question)
    {
        if (_capacity <= 0 || OrganisationScope.Current is not null)
        {
            return answerer.Answer(question);
        }

        var replies = For(answerer.Inputs).Memo.Recall(question, answerer, static (a, q) => Copies(a.Answer(q)));
        return Copies(replies);
    }

    // Read on every question: reading the inputs is also what lets an edited file be noticed and reloaded.
    private Remembered For(AnswerInputs inputs)
    {
        var current = Volatile.Read(ref _remembered);
        if (current is not null && current.Inputs.IsSameAs(inputs))
        {
            return current;
        }

        // Two turns meeting a reload may each start afresh; one set of answers is kept, and the other made again.
        var fresh = new Remembered(inputs, new GenerationalMemo<RoleQuestion, Activity[]>(_capacity, RoleQuestionComparer.Instance));
        Volatile.Write(ref _remembered, fresh);
        return fresh;
    }

    private static Activity[] Copies(IReadOnlyList<Activity> replies)
    {
        var copies = new Activity[replies.Count];
        for (var i = 0; i < copies.Length; i++)
        {
            copies[i] = replies[i].Copy();
        }

        return copies;
    }

    // The inputs are held with the answers made from them, and dropped with them.
    private sealed class Remembered(AnswerInputs inputs, GenerationalMemo<RoleQuestion, Activity[]> memo)
    {
        public AnswerInputs Inputs => inputs;

        public GenerationalMemo<RoleQuestion, Activity[]> Memo => memo;
    }
}
