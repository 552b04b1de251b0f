namespace CallCentre.Domain.Organisations;

/// <summary>What kind of body an organisation is; decides how it appears in routing and reports.</summary>
public enum OrganisationKind
{
    Central,
    Ministry,
    Agency,
    Municipal,
    AimagGovernor,
    DistrictGovernor,
}
