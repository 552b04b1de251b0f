namespace CallCentre.Domain.Cases;

/// <summary>Where the case's one allowed deadline extension stands.</summary>
public enum ExtensionState
{
    None,
    Requested,
    Approved,
    Refused,
}
