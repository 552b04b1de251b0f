namespace CallCentre.Domain.Ratings;

/// <summary>Who gave a rating its words: the operator on a callback now; the citizen on the tracking page later.</summary>
public enum RatingSource
{
    Callback,
    Citizen,
}
