namespace CallCentre.Domain.Cases;

/// <summary>
/// One search key of a case's subject and description (see <see cref="SearchKeys"/>): the inverted index that word search
/// reads by key range, the same way on SQLite and SQL Server.
/// </summary>
public sealed class CaseWord
{
    private CaseWord()
    {
    }

    internal CaseWord(string word) => Word = word;

    public int CaseId { get; private set; }

    public string Word { get; private set; } = "";
}
