using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Persistence;
using CallCentre.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Reports;

/// <summary>Everything a report builder needs: the request, whose eyes it is for, their language, the names to print.</summary>
public sealed class ReportContext
{
    public required ReportRequest Request { get; init; }

    public required Actor Actor { get; init; }

    /// <summary>The requester's visibility, narrowed to the request's organisation when it names one.</summary>
    public required CaseVisibility Visibility { get; init; }

    /// <summary>The request's organisation and its units; null for every organisation the visibility allows.</summary>
    public IReadOnlySet<int>? Organisations { get; init; }

    public required IReportLabels Labels { get; init; }

    public required IDbContextFactory<CallCentreDbContext> DbFactory { get; init; }

    public required DateTime NowUtc { get; init; }

    public required ReportNames Names { get; init; }

    /// <summary>Rows to read per query: between batches the database is free for the app's writes.</summary>
    public int BatchSize { get; init; } = 5_000;

    /// <summary>Lines the cover prints under the filters (e.g. what the model cannot tell yet).</summary>
    public List<string> Notes { get; } = [];

    /// <summary>The cases this report may cover: the requester's visibility, the chosen organisation.</summary>
    public IQueryable<Case> Cases(CallCentreDbContext db)
    {
        var cases = Visibility.Apply(db.Cases.AsNoTracking());
        if (Organisations is { } ids)
        {
            var list = ids.Select(id => (int?)id).ToList();
            cases = cases.Where(c => list.Contains(c.AssignedOrganisationId));
        }

        return cases;
    }

    /// <summary>A caller's name and phone as this requester may see them (the rule of <see cref="PersonalData"/>).</summary>
    public (string? Name, string? Phone) Caller(string? name, string? phone, bool isConfidential)
    {
        var mask = Visibility.CallerMaskFor(isConfidential);
        return mask == CallerMask.None
            ? (name, phone is not null && PhoneNumber.TryParse(phone, out var number) ? number.ToDisplayString() : phone)
            : (PersonalData.Show(PersonalDataKind.Name, name, mask), PersonalData.Show(PersonalDataKind.Phone, phone, mask));
    }

    /// <summary>A case's free text (description, comment) as this requester may see it.</summary>
    public string? FreeText(string? text, bool isConfidential) =>
        PersonalData.Show(PersonalDataKind.Hidden, text, Visibility.CallerMaskFor(isConfidential));

    /// <summary>How this requester sees personal data outside any one case (the audit log).</summary>
    public CallerMask PersonalDataMask => Visibility.CallerMaskFor(isConfidential: false);
}
