using System.Globalization;
using System.Text.RegularExpressions;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Cases;

/// <summary>
/// How a case list's search box finds cases: a reference number (with or without dashes, or without its check digit),
/// a phone number in any format, or words of the subject and description through the word index.
/// </summary>
internal static partial class CaseTextSearch
{
    /// <summary>How the search box reads text: a reference number first, then a phone number, else words.</summary>
    public static CaseSearchKind Classify(string? text) =>
        string.IsNullOrWhiteSpace(text) ? CaseSearchKind.None
        : ReferenceNumber.TryParse(text, out _) || TryReferenceWithoutCheckDigit(text, out _) ? CaseSearchKind.Reference
        : PhoneNumber.TryParse(text, out _) ? CaseSearchKind.Phone
        : CaseSearchKind.Words;

    /// <summary>
    /// A word found in at least this many index entries is common: reading all its cases costs more than walking the
    /// newest cases and asking each whether it has the word (at most page size × cases ÷ this many of them).
    /// </summary>
    public const int DefaultCommonKeyEntries = 5_000;

    /// <summary>The cases the actor may see that the text finds, and how the text was read.</summary>
    public static async Task<(CaseSearchKind Kind, IQueryable<Case> Cases)> ApplyAsync(
        CallCentreDbContext db, CaseVisibility visibility, string? text, bool inRegistrationOrderOnly, int commonKeyEntries, CancellationToken cancellationToken)
    {
        var all = db.Cases.AsNoTracking();
        switch (Classify(text))
        {
            case CaseSearchKind.None:
                return (CaseSearchKind.None, visibility.Apply(all));
            case CaseSearchKind.Reference:
                var reference = ReferenceNumber.TryParse(text, out var full) ? full.ToString()
                    : TryReferenceWithoutCheckDigit(text, out var completed) ? completed.ToString() : "";
                return (CaseSearchKind.Reference, visibility.Apply(all).Where(c => c.Reference == reference));
            case CaseSearchKind.Phone:
                var phone = PhoneNumber.Parse(text!).E164;

                // The caller's few cases by the phone index first, then the actor's view of them by id: asked in one
                // query, SQLite may walk the agency's whole list instead, having no statistics to tell which is rarer.
                var callersCases = await all.Where(c => c.Caller.Phone == phone).Select(c => c.Id).ToListAsync(cancellationToken);
                return (CaseSearchKind.Phone, visibility.WhereCallerVisible(all).Where(c => callersCases.Contains(c.Id)));
            default:
                return (CaseSearchKind.Words, await WithWordsAsync(db, visibility, SearchKeys.ForQuery(text), inRegistrationOrderOnly, commonKeyEntries, cancellationToken));
        }
    }

    /// <summary>
    /// Cases having every key, by the cheapest road the database can take:
    /// an agency's cases are each asked whether they have the keys (the cost follows the agency's size);
    /// over every case, the rarest key's index range is read and its cases asked about the other keys (the cost follows
    /// how rare that key is) — unless a single common word is all there is and the list is in registration order
    /// with no filter, when the newest cases are walked and asked (the page fills after a few thousand at most).
    /// </summary>
    private static async Task<IQueryable<Case>> WithWordsAsync(
        CallCentreDbContext db, CaseVisibility visibility, IReadOnlyList<SearchKey> keys, bool inRegistrationOrderOnly, int commonKeyEntries, CancellationToken cancellationToken)
    {
        var cases = visibility.Apply(db.Cases.AsNoTracking());
        if (keys.Count == 0)
        {
            return cases.Where(c => false);
        }

        if (!visibility.SeesAll)
        {
            return keys.Aggregate(cases, (chosen, key) => WhereHasKey(db, chosen, key));
        }

        var counted = new List<(SearchKey Key, int Entries)>();
        foreach (var key in keys)
        {
            counted.Add((key, await MatchingCaseIds(db, key).Take(commonKeyEntries).CountAsync(cancellationToken)));
        }

        var rarestFirst = counted.OrderBy(k => k.Entries).Select(k => k.Key).ToList();
        var walkNewest = keys.Count == 1 && counted[0].Entries >= commonKeyEntries && inRegistrationOrderOnly;
        if (!walkNewest)
        {
            var rarest = MatchingCaseIds(db, rarestFirst[0]);
            cases = cases.Where(c => rarest.Contains(c.Id));
            rarestFirst.RemoveAt(0);
        }

        return rarestFirst.Aggregate(cases, (chosen, key) => WhereHasKey(db, chosen, key));
    }

    /// <summary>Cases that have the key: one seek each on the (case, word) index.</summary>
    private static IQueryable<Case> WhereHasKey(CallCentreDbContext db, IQueryable<Case> cases, SearchKey key)
    {
        var words = db.Set<CaseWord>().AsNoTracking();
        var low = key.Key;
        if (!key.IsPrefix)
        {
            return cases.Where(c => words.Any(w => w.CaseId == c.Id && w.Word == low));
        }

        var high = key.UpperBound;
        return cases.Where(c => words.Any(w => w.CaseId == c.Id && string.Compare(w.Word, low) >= 0 && string.Compare(w.Word, high) < 0));
    }

    /// <summary>One range seek on the word index: the key itself, or every key starting with it.</summary>
    public static IQueryable<int> MatchingCaseIds(CallCentreDbContext db, SearchKey key)
    {
        var words = db.Set<CaseWord>().AsNoTracking();
        if (!key.IsPrefix)
        {
            var exact = key.Key;
            return words.Where(w => w.Word == exact).Select(w => w.CaseId);
        }

        var low = key.Key;
        var high = key.UpperBound;
        return words.Where(w => string.Compare(w.Word, low) >= 0 && string.Compare(w.Word, high) < 0).Select(w => w.CaseId);
    }

    /// <summary>
    /// Operators often have the year and sequence without the check digit ("26-004821"); the digit follows from them.
    /// Eight digits without the dash are a phone number when they can be one.
    /// </summary>
    private static bool TryReferenceWithoutCheckDigit(string? text, out ReferenceNumber number)
    {
        number = default;
        var match = ReferenceWithoutCheckDigit().Match(text ?? "");
        if (!match.Success || (!match.Groups["dash"].Success && PhoneNumber.TryParse(text, out _)))
        {
            return false;
        }

        var sequence = int.Parse(match.Groups["sequence"].Value, CultureInfo.InvariantCulture);
        if (sequence < 1)
        {
            return false;
        }

        number = ReferenceNumber.Create(2000 + int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), sequence);
        return true;
    }

    [GeneratedRegex(@"^\s*(?<year>\d{2})\s*(?<dash>[-–])?\s*(?<sequence>\d{6})\s*$")]
    private static partial Regex ReferenceWithoutCheckDigit();
}
