namespace CallCentre.Domain.Ratings;

/// <summary>
/// The rules a rating's fields obey: null when the value is acceptable, or the message key to show at the field (the
/// case throws with the same key, so the dialog and the model never disagree).
/// </summary>
public static class RatingRules
{
    public const int MinScore = 1;
    public const int MaxScore = 5;
    public const int CommentMaxLength = 1000;

    public static string? Score(int? value) =>
        value is null ? "Case.RatingScoreRequired" : value is < MinScore or > MaxScore ? "Case.RatingScoreInvalid" : null;

    public static string? Solved(ProblemSolved? value) =>
        value is null || !Enum.IsDefined(value.Value) ? "Case.RatingSolvedRequired" : null;

    public static string? Comment(string? value) => value?.Trim().Length > CommentMaxLength ? "Case.RatingCommentTooLong" : null;
}
