namespace CallCentre.Web.Infrastructure;

/// <summary>What an access-table row names.</summary>
public enum AccessEntryKind
{
    Page,
    Endpoint,
    Prefix,
}
