using CallCentre.Domain.Cases;

namespace CallCentre.Web.Features.Live;

/// <summary>
/// The live feed of case changes: each open page hears of the cases its user's <see cref="CaseVisibility"/> covers,
/// before or after the change. With several nodes a backplane goes behind <see cref="LiveFeed{TChange, TAudience}"/>;
/// with sticky sessions each page still subscribes on its own node.
/// </summary>
public sealed class CaseChangeFeed(ILogger<CaseChangeFeed> logger) : LiveFeed<CaseChanged, CaseVisibility>(logger), ICaseChangeFeed
{
    /// <summary>The change as this subscriber may see it, or null when it concerns no case within their view.</summary>
    protected override CaseChanged? For(CaseVisibility visibility, CaseChanged change)
    {
        if (visibility.SeesAll)
        {
            return change;
        }

        var coversNow = change.OrganisationId is { } now && visibility.Covers(now);
        var coveredBefore = change.PreviousOrganisationId is { } before && visibility.Covers(before);
        return (coversNow, coveredBefore) switch
        {
            (true, true) => change,
            (true, false) => change with { PreviousOrganisationId = null },
            (false, true) => change with { OrganisationId = null },
            _ => null,
        };
    }
}
