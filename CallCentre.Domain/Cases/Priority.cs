namespace CallCentre.Domain.Cases;

/// <summary>How urgently a case must be handled; SLA policies may differ by priority.</summary>
public enum Priority
{
    Normal,
    High,
    Urgent,
}
