using RoleBot.Answers;
using RoleBot.Content.Knowledge;
using RoleBot.Knowledge;
using RoleBot.Protocol;
using RoleBot.Understanding.Search;

namespace RoleBot.Dialogs.Answering;

/// <summary>
/// The last resort before "sorry": the knowledge-base passage closest to the question when it covers enough of it,
/// else (when asked to) the nearest topics as "Did you mean". Never an answer without a passage behind it.
/// </summary>
public sealed class PassageAnswerer(IPassageSearch search, IKnowledgeBaseProvider knowledge, AnswerComposer composer)
{
    /// <summary>
    /// The reply, the roles it is about and whether it answers (or only offers topics); null when nothing is close.
    /// <paramref name="namedRoleIds"/>: the roles the question names, preferred between equally close passages.
    /// </summary>
    public (Activity Reply, IReadOnlyList<string> RoleIds, bool IsAnswer)? Answer(string question, IReadOnlyCollection<string> namedRoleIds, bool offerTopics)
    {
        var results = search.Search(question).About(namedRoleIds);
        var kb = knowledge.Current;
        if (results.Answer is { } hit)
        {
            var passage = hit.Passage;
            var answer = new PassageAnswer(Topic(passage, kb), passage.Text)
            {
                SecondText = passage.SecondText,
                Sources = AnswerMapper.Citations(passage.Sources, kb),
            };
            return (composer.Passage(answer), passage.RoleIds, true);
        }

        var topics = results.Suggestions.Select(h => Topic(h.Passage, kb)).Distinct(TopicComparer.Instance).ToList();
        return offerTopics && topics.Count > 0 ? (composer.SuggestTopics(topics), [], false) : null;
    }

    private static PassageTopic Topic(Passage passage, KnowledgeBase kb) =>
        new(Kind(passage.Kind), AnswerMapper.Roles(passage.RoleIds, kb))
        {
            Dimension = passage.Dimension,
            FaqId = passage.FaqId,
            Question = passage.FaqId is { } id ? kb.FindFaq(id)?.Question : null,
        };

    private static PassageTopicKind Kind(PassageKind kind) => kind switch
    {
        PassageKind.RoleDescription => PassageTopicKind.Role,
        PassageKind.RoleResponsibilities => PassageTopicKind.Responsibilities,
        PassageKind.RoleSkills => PassageTopicKind.Skills,
        PassageKind.RoleRequirements => PassageTopicKind.Requirements,
        PassageKind.RoleInterview => PassageTopicKind.Interview,
        PassageKind.RoleCaveat => PassageTopicKind.RoleCaveat,
        PassageKind.ComparisonSummary => PassageTopicKind.Comparison,
        PassageKind.ComparisonDimension => PassageTopicKind.Dimension,
        PassageKind.ComparisonCaveat => PassageTopicKind.ComparisonCaveat,
        PassageKind.Ordering => PassageTopicKind.Ordering,
        _ => PassageTopicKind.Faq,
    };

    // Two caveats of one role are one topic to offer.
    private sealed class TopicComparer : IEqualityComparer<PassageTopic>
    {
        public static readonly TopicComparer Instance = new();

        public bool Equals(PassageTopic? x, PassageTopic? y) =>
            x is not null && y is not null && x.Kind == y.Kind && x.Dimension == y.Dimension && x.FaqId == y.FaqId
            && x.Roles.Select(r => r.Id).SequenceEqual(y.Roles.Select(r => r.Id));

        public int GetHashCode(PassageTopic obj) => HashCode.Combine(obj.Kind, obj.Dimension, obj.FaqId, obj.Roles.Count > 0 ? obj.Roles[0].Id : "");
    }
}
