namespace CallCentre.Domain.Cases;

/// <summary>The last reference sequence handed out in a year; incremented inside the registering transaction.</summary>
public sealed class ReferenceCounter
{
    private ReferenceCounter()
    {
    }

    public ReferenceCounter(int year)
    {
        Year = year;
    }

    public int Year { get; private set; }

    public int LastSequence { get; private set; }
}
