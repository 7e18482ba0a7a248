using System.Globalization;
using RoleBot.Answers;
using RoleBot.Answers.Documents;
using RoleBot.Content.Dialogs;
using RoleBot.Content.Templates;
using RoleBot.Dialogs.Content;
using RoleBot.Dialogs.Questions;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Ranking;
using RoleBot.Organisations;
using RoleBot.Protocol;
using RoleBot.Understanding;

namespace RoleBot.Dialogs.Answering;

/// <summary>
/// Answers for a user whose organisation gave RoleBot its ladder. Between two of its titles the organisation's own
/// levels decide and the answer says so ("At Contoso, ..."), citing its source first; a title its ladder lacks gets
/// the general answer with a visible note saying so; reports-to questions use its reporting lines. Everything else
/// is the general answer over the organisation's view of the knowledge base.
/// </summary>
public sealed class OrganisationAnswerer(RoleRanker ranker, AnswerComposer composer, DialogContentStore content)
{
    public const string ContentName = nameof(OrganisationAnswerer);

    public static readonly TemplateKey[] Texts =
    [
        new("title.onTrack", "organisation", "aTitle", "level", "track"),
        new("title.noTrack", "organisation", "aTitle", "level"),
        new("title.reportsTo", "aManager"),
        .. new[] { "rank.firstHigher", "rank.secondHigher", "rank.peers", "rank.why" }
            .Select(key => new TemplateKey(key, "organisation", "aFirst", "firstLevel", "aSecond", "secondLevel")),
        .. new[] { "reportsTo.direct", "reportsTo.indirect", "reportsTo.not" }
            .Select(key => new TemplateKey(key, "organisation", "aSub", "aManager", "chain")),
        new("note.missing", "organisation", "missing"),
        new("note.unplaceable", "organisation", "missing", "own"),
    ];

    public IReadOnlyList<Activity> Answer(RoleQuestion question, IReadOnlyList<Role> roles, KnowledgeBase kb, OrganisationView view, Func<IReadOnlyList<Activity>> general)
    {
        if (question.Intent == Intent.Faq || roles.Count == 0)
        {
            return general();
        }

        var missing = roles.Where(r => view.TitleOf(r.Id) is null).ToList();
        var pair = question.Intent is Intent.Rank or Intent.Why or Intent.Compare or Intent.ReportsTo && roles.Count >= 2;
        if (pair && missing.Count == 0 && question.Intent is Intent.Rank or Intent.Why)
        {
            return [Rank(roles[0], roles[1], question, kb, view)];
        }

        if (pair && missing.Count == 0 && question.Intent == Intent.ReportsTo)
        {
            return [.. general().Select(reply => Lead(reply, ReportsTo(roles[0], roles[1], view)))];
        }

        if (pair && missing.Count > 0 && roles.Take(2).FirstOrDefault(r => view.IsOwnTitle(r.Id)) is { } own)
        {
            // A title only the organisation has has no general level to compare with a title its ladder lacks.
            return [Replies.DialogReplies.Text(Content.Text("note.unplaceable", ("organisation", view.Name), ("missing", missing[0].Name), ("own", own.Name)))];
        }

        var replies = general();
        if (missing.Count > 0)
        {
            var note = Content.Text("note.missing", ("organisation", view.Name), ("missing", Names.Join([.. missing.Select(r => r.DisplayName)])));
            return [.. replies.Select(reply => Noted(reply, note))];
        }

        // Describe, skills, next step...: the general card of the title, with where it sits at the organisation.
        return [.. replies.Select((reply, i) => i < roles.Count && view.TitleOf(roles[i].Id) is { } title && !view.IsOwnTitle(roles[i].Id)
            ? Noted(reply, Placement(view, title))
            : reply)];
    }

    /// <summary>"At Contoso, a Group Head is a level 8 title on the Engineering track. It reports to a Chief Technology Officer."</summary>
    public string Placement(OrganisationView view, OrganisationTitle title) => Placement(Content, view.Name, title);

    public static string Placement(DialogContent content, string organisation, OrganisationTitle title)
    {
        var values = new (string, string)[] { ("organisation", organisation), ("aTitle", RankWording.WithArticle(title.Title)), ("level", Level(title)), ("track", title.Track ?? "") };
        var text = title.Track is null ? content.Text("title.noTrack", values[..3]) : content.Text("title.onTrack", values);
        return title.ReportsTo is { } manager ? $"{text} {content.Text("title.reportsTo", ("aManager", RankWording.WithArticle(manager)))}" : text;
    }

    private Activity Rank(Role first, Role second, RoleQuestion question, KnowledgeBase kb, OrganisationView view)
    {
        var (a, b) = (view.TitleOf(first.Id)!, view.TitleOf(second.Id)!);
        var relation = a.Level == b.Level ? RankRelation.Peers : a.Level > b.Level ? RankRelation.FirstHigher : RankRelation.SecondHigher;
        var verdict = new RankVerdict { First = first, Second = second, Relation = relation, Certainty = RankCertainty.Definitely, Basis = RankBasis.SameLadder };
        var general = view.IsOwnTitle(first.Id) || view.IsOwnTitle(second.Id) ? null : ranker.Compare(first, second);
        var answer = AnswerMapper.Rank(verdict, kb) with
        {
            First = Ref(first, a, kb),
            Second = Ref(second, b, kb),
            Ladder = Ladder(a, b, view, kb),
            Caveats = general?.Caveats ?? [],
            Sources = [.. AnswerMapper.Citations([OrganisationView.SourceId, .. general?.Sources ?? []], kb)],
        };
        var values = new (string, string)[]
        {
            ("organisation", view.Name), ("aFirst", RankWording.WithArticle(a.Title)), ("firstLevel", Level(a)),
            ("aSecond", RankWording.WithArticle(b.Title)), ("secondLevel", Level(b)),
        };
        var sentence = Content.Text($"rank.{(relation == RankRelation.Peers ? "peers" : relation == RankRelation.FirstHigher ? "firstHigher" : "secondHigher")}", values);
        if (question.Intent == Intent.Why)
        {
            answer = answer with { Explanation = Content.Text("rank.why", values) };
        }

        var reply = composer.Rank(answer);
        var lead = question.IsYesNo ? $"{Yes(relation, question.AsksLower)} " : "";
        reply.Text = lead + sentence + (answer.Explanation is { } why ? $" {why}" : "");
        reply.Speak = reply.Text;
        if (reply.Draft is AnswerDocument document)
        {
            reply.Draft = document with { Text = reply.Text, Lead = sentence };
        }

        return reply;
    }

    // The organisation's ladder between the two: the reporting line when one leads to the other, else the titles
    // on the two titles' tracks at the levels between them.
    private static IReadOnlyList<LadderStep> Ladder(OrganisationTitle a, OrganisationTitle b, OrganisationView view, KnowledgeBase kb)
    {
        if (a.Level == b.Level)
        {
            return [];
        }

        var (high, low) = a.Level > b.Level ? (a, b) : (b, a);
        var chain = view.Organisation.Ladder.Chain(low, high);
        var between = chain.Count >= 2
            ? chain.Skip(1).SkipLast(1).Reverse()
            : view.Organisation.Ladder.Between(low.Level, high.Level, [.. new[] { high.Track, low.Track }.OfType<string>().Distinct()]).DistinctBy(t => t.Level);
        return [Step(high, view, kb), .. between.Select(t => new LadderStep(t.Level, t.Title)), Step(low, view, kb)];
    }

    private static LadderStep Step(OrganisationTitle title, OrganisationView view, KnowledgeBase kb) =>
        new(title.Level, title.Title, kb.FindRole(view.RoleIdOf(title)) is { } role ? Ref(role, title, kb) : null);

    private static RoleRef Ref(Role role, OrganisationTitle title, KnowledgeBase kb) =>
        RoleRef.From(role, kb) with { Name = title.Title, Abbreviation = title.Aliases.FirstOrDefault(IsAbbreviation) };

    private string ReportsTo(Role subordinate, Role manager, OrganisationView view)
    {
        var (sub, boss) = (view.TitleOf(subordinate.Id)!, view.TitleOf(manager.Id)!);
        var chain = view.Organisation.Ladder.Chain(sub, boss);
        var key = chain.Count switch { 0 => "reportsTo.not", 2 => "reportsTo.direct", _ => "reportsTo.indirect" };
        return Content.Text(key, ("organisation", view.Name), ("aSub", RankWording.WithArticle(sub.Title)),
            ("aManager", RankWording.WithArticle(boss.Title)), ("chain", string.Join(" → ", chain.Select(t => t.Title))));
    }

    // The general sentence is replaced, not kept: it says "usually", and at this organisation it is not "usually".
    private static Activity Lead(Activity reply, string sentence)
    {
        var cut = reply.Text?.IndexOf(". ", StringComparison.Ordinal) ?? -1;
        reply.Text = cut > 0 ? $"{sentence} {reply.Text![(cut + 2)..]}" : sentence;
        reply.Speak = reply.Text;
        return reply;
    }

    private static Activity Noted(Activity reply, string note)
    {
        reply.Text = $"{note} {reply.Text}";
        reply.Speak = reply.Speak is null ? null : $"{note} {reply.Speak}";
        if (reply.Draft is AnswerDocument document)
        {
            reply.Draft = document with { Text = reply.Text, Sections = [new ParagraphSection(null, note), .. document.Sections] };
        }

        return reply;
    }

    private string Yes(RankRelation relation, bool asksLower) => relation switch
    {
        RankRelation.FirstHigher => Lead(!asksLower),
        RankRelation.SecondHigher => Lead(asksLower),
        _ => Lead(false),
    };

    private string Lead(bool yes) => content.Get(RoleAnswerer.ContentName, RoleAnswerer.Texts).Text(yes ? "rank.lead.yes" : "rank.lead.no");

    private static bool IsAbbreviation(string alias) => alias.Length <= 5 && alias.All(c => char.IsUpper(c) || char.IsDigit(c));

    private static string Level(OrganisationTitle title) => title.Level.ToString(CultureInfo.InvariantCulture);

    private DialogContent Content => content.Get(ContentName, Texts);
}
