using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Deadlines;

namespace CallCentre.SampleData;

/// <summary>
/// What happens to a generated case after it is registered, through the case's own methods so that status, deadlines
/// and timeline are exactly what the app would record. Today: routed to an organisation, or — for an enquiry answered
/// on the call — closed at first contact. Later lifecycle moves (acknowledge, respond, close…) belong here, drawn from
/// <see cref="HistoryPlan"/> and the case's age at <see cref="HistoryPlan.EndUtc"/>.
/// </summary>
internal static class SampleHistory
{
    public static void Apply(Case @case, HistoryPlan plan, Actor registrar, CaseClock clock)
    {
        var at = @case.RegisteredAtUtc;
        if (plan.FirstContactAnswer is { } answer)
        {
            @case.CloseAtFirstContact(answer, registrar, at);
            return;
        }

        @case.Assign(plan.OrganisationId!.Value, clock, registrar, at, plan.OverrideReason);
    }
}

/// <summary>
/// The draws that decide a generated case's history, made when the case is generated so the sequence of random draws
/// (and so every later case) stays the same whatever the history does with them.
/// </summary>
/// <param name="OrganisationId">Where the case is routed; null when it is closed at first contact.</param>
/// <param name="OverrideReason">Set when the operator chose another organisation than the routing proposed.</param>
/// <param name="FirstContactAnswer">The answer given on the call, for an enquiry closed at once.</param>
/// <param name="Progress">A number in [0, 1) for later lifecycle moves: how far along a case of its age has got.</param>
/// <param name="EndUtc">The end of the generated period: "now" for the cases' ages.</param>
internal sealed record HistoryPlan(int? OrganisationId, string? OverrideReason, string? FirstContactAnswer, double Progress, DateTime EndUtc);
