namespace CallCentre.Domain.Queues;

/// <summary>The <c>Queues</c> settings: when a pending extension request counts as left too long.</summary>
public sealed class QueueSettings
{
    public const string Section = "Queues";
    public const int DefaultExtensionPendingHours = 48;

    /// <summary>An extension request unanswered for this many hours (1 to 720) shows in the supervisors' queue.</summary>
    public int ExtensionPendingHours { get; set; } = DefaultExtensionPendingHours;
}
