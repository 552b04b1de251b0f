namespace CallCentre.Bench.Harness;

/// <summary>A scenario could not measure (missing build, server that never answered…); the message says what to do.</summary>
public sealed class BenchException : Exception
{
    public BenchException()
    {
    }

    public BenchException(string message)
        : base(message)
    {
    }

    public BenchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
