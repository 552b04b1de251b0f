namespace CallCentre.Domain.Ratings;

/// <summary>One rating as the case page lists it: the response it rates (when given, by whom) and what the citizen said.</summary>
public sealed record CaseRatingRow(
    DateTime RespondedAtUtc, string? Organisation, int Score, ProblemSolved Solved, string? Comment, RatingSource Source, string RecordedBy, DateTime RatedAtUtc);
