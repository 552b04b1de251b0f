namespace CallCentre.Domain.Ratings;

/// <summary>The citizen's answer to "was your problem solved?" (partly, as the resolution codes allow a partial answer).</summary>
public enum ProblemSolved
{
    Yes,
    Partly,
    No,
}
