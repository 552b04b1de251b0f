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

    /// <summary>The cases the actor may see that the text finds, and how the text was read.</summary>
    public static (CaseSearchKind Kind, IQueryable<Case> Cases) Apply(CallCentreDbContext db, CaseVisibility visibility, string? text)
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
                return (CaseSearchKind.Phone, visibility.WhereCallerVisible(all).Where(c => c.Caller.Phone == phone));
            default:
                var keys = SearchKeys.ForQuery(text);
                var cases = keys.Count == 0 ? all.Where(c => false) : visibility.Apply(all);
                foreach (var key in keys)
                {
                    cases = WithWord(db, cases, key, fromTheWord: visibility.SeesAll);
                }
                return (CaseSearchKind.Words, cases);
        }
    }

    /// <summary>
    /// Cases having one search key. Every case in view: read the key's range of the word index and fetch those cases
    /// (the cost follows how common the word is). An agency's cases: ask each of them whether it has the key, one seek
    /// on the (case, word) index (the cost follows the agency's size, however common the word).
    /// </summary>
    private static IQueryable<Case> WithWord(CallCentreDbContext db, IQueryable<Case> cases, SearchKey key, bool fromTheWord)
    {
        var words = db.Set<CaseWord>().AsNoTracking();
        if (fromTheWord)
        {
            var matching = MatchingCaseIds(db, key);
            return cases.Where(c => matching.Contains(c.Id));
        }

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
