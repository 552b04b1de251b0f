namespace CallCentre.Domain;

/// <summary>A rule of the domain was broken; <see cref="Exception.Message"/> is a resource key the UI translates.</summary>
public sealed class DomainException : Exception
{
    public DomainException(string messageKey, params object[] arguments)
        : base(messageKey)
    {
        MessageKey = messageKey;
        Arguments = arguments;
    }

    public DomainException()
        : this("Error.Unknown")
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
        MessageKey = message;
        Arguments = [];
    }

    public string MessageKey { get; } = "Error.Unknown";

    public IReadOnlyList<object> Arguments { get; } = [];
}
