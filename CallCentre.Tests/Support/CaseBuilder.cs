using CallCentre.Domain.Accounts;
using CallCentre.Domain.Calendar;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Deadlines;

namespace CallCentre.Tests.Support;

/// <summary>Builds an in-memory case in any status by taking the real moves to get there.</summary>
public sealed class CaseBuilder
{
    public const int Organisation = 7;
    public const int OtherOrganisation = 8;

    public static readonly DateTime Now = new(2026, 3, 2, 4, 0, 0, DateTimeKind.Utc);
    public static readonly Actor Operator = new("op", "Оператор", new HashSet<string> { Roles.Operator }, null);
    public static readonly Actor Supervisor = new("sup", "Ахлах", new HashSet<string> { Roles.Supervisor }, null);
    public static readonly Actor Officer = new("off", "Ажилтан", new HashSet<string> { Roles.AgencyOfficer }, Organisation);
    public static readonly Actor Head = new("head", "Дарга", new HashSet<string> { Roles.AgencyHead }, Organisation);

    /// <summary>The statutory default policy on a calendar of plain weekdays (no holidays), 09:00–18:00.</summary>
    public static readonly CaseClock Clock = new(BusinessCalendar.From([], []), []);

    private CaseStatus _status = CaseStatus.Registered;
    private CaseType _type = CaseType.Complaint;

    /// <summary>The scope an agency actor of <see cref="Organisation"/> has, or the full view of anyone else.</summary>
    public static CaseVisibility VisibilityOf(Actor actor) =>
        CaseVisibility.ForOrganisations(actor, actor.OrganisationId is { } own ? [own] : []);

    public CaseBuilder In(CaseStatus status)
    {
        _status = status;
        return this;
    }

    public CaseBuilder OfType(CaseType type)
    {
        _type = type;
        return this;
    }

    public Case Build()
    {
        var @case = Case.Register(
            ReferenceNumber.Create(2026, 1),
            new CaseDetails(Channel.Phone, _type, 1, "Ус тасарсан", "Гурав хоног ус алга", 1, null, null, null, null,
                new Caller("Бат", PhoneNumber.Parse("99112233"), null, null, "mn", false, false, true, false), Priority.Normal, null),
            Operator,
            Now);
        if (_status == CaseStatus.Registered)
        {
            return @case;
        }

        @case.Assign(Organisation, Clock, Operator, Now);
        var officer = VisibilityOf(Officer);
        switch (_status)
        {
            case CaseStatus.Returned:
                @case.Return("Манай харьяалал биш", Officer, officer, Now);
                return @case;
            case CaseStatus.Assigned:
                return @case;
        }

        @case.Acknowledge(Officer, officer, Now);
        switch (_status)
        {
            case CaseStatus.AwaitingCitizen:
                @case.AskCitizen("Хаягаа тодруулна уу", Officer, officer, Now);
                return @case;
            case CaseStatus.InProgress:
                return @case;
        }

        @case.Respond("Засвар хийлээ", Resolution.Resolved, Officer, officer, Now);
        if (_status == CaseStatus.Closed)
        {
            @case.Close(null, Operator, VisibilityOf(Operator), Now);
        }

        return @case;
    }
}
