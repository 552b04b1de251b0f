using System.Globalization;
using System.Text.RegularExpressions;

namespace CallCentre.Domain.Ratings;

/// <summary>
/// The citizen's rating of one response to their case: score 1–5, whether the problem was solved, their words. One per
/// response (a reopened case's new response is rated again); it keeps the organisation that gave the response, so that
/// satisfaction stays with it whatever happens to the case later. Made only by <see cref="Cases.Case.Rate"/>.
/// </summary>
public sealed partial class CaseRating
{
    private CaseRating()
    {
    }

    internal CaseRating(int caseId, long responseEventId, int organisationId, int score, ProblemSolved solved, string? comment, RatingSource source, string? recordedById, string recordedByName, DateTime ratedAtUtc)
    {
        CaseId = caseId;
        ResponseEventId = responseEventId;
        OrganisationId = organisationId;
        Score = score;
        Solved = solved;
        Comment = comment;
        Source = source;
        RecordedById = recordedById;
        RecordedByName = recordedByName;
        RatedAtUtc = ratedAtUtc;
    }

    public int Id { get; private set; }

    public int CaseId { get; private set; }

    /// <summary>The <see cref="Cases.CaseEventKind.Responded"/> event this rates; unique, so a response is rated once.</summary>
    public long ResponseEventId { get; private set; }

    /// <summary>The organisation that gave the response.</summary>
    public int OrganisationId { get; private set; }

    public int Score { get; private set; }

    public ProblemSolved Solved { get; private set; }

    /// <summary>The citizen's words, as they said them.</summary>
    public string? Comment { get; private set; }

    public RatingSource Source { get; private set; }

    /// <summary>The operator who recorded it (null when the citizen rates on the tracking page).</summary>
    public string? RecordedById { get; private set; }

    /// <summary>The recorder's name as it was then.</summary>
    public string RecordedByName { get; private set; } = "";

    public DateTime RatedAtUtc { get; private set; }

    /// <summary>
    /// The timeline and audit text of a rating: "4/5 Partly", then the comment on its own line. Invariant, so that the
    /// timeline shows it in the reader's language (<see cref="TryReadEventText"/>) and the audit reads the same anywhere.
    /// </summary>
    public static string EventText(int score, ProblemSolved solved, string? comment) =>
        string.Create(CultureInfo.InvariantCulture, $"{score}/{RatingRules.MaxScore} {solved}") + (comment is null ? "" : "\n" + comment);

    /// <summary>Reads back what <see cref="EventText"/> wrote.</summary>
    public static bool TryReadEventText(string? text, out int score, out ProblemSolved solved, out string? comment)
    {
        var match = text is null ? null : EventTextPattern().Match(text);
        if (match is { Success: true } && Enum.TryParse(match.Groups["solved"].Value, out solved))
        {
            score = match.Groups["score"].Value[0] - '0';
            comment = match.Groups["comment"].Success ? match.Groups["comment"].Value : null;
            return true;
        }

        (score, solved, comment) = (0, default, null);
        return false;
    }

    [GeneratedRegex(@"^(?<score>[1-5])/5 (?<solved>[A-Za-z]+)(\n(?<comment>[\s\S]*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex EventTextPattern();
}
