namespace CallCentre.Web.Features.Notifications;

/// <summary>A mail run that left messages pending; thrown so that Hangfire marks the run failed.</summary>
public sealed class MailDeliveryException : Exception
{
    public MailDeliveryException(string message)
        : base(message)
    {
    }

    public MailDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MailDeliveryException()
    {
    }
}
