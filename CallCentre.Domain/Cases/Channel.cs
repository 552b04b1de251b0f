namespace CallCentre.Domain.Cases;

/// <summary>How the citizen reached the centre.</summary>
public enum Channel
{
    Phone,
    Web,
    MobileApp,
    Sms,
    Email,
    Letter,
    WalkIn,
}
