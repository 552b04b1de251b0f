namespace CallCentre.Domain.Routing;

/// <summary>Sends cases on a topic (optionally only from one region or district) to an organisation; administrators edit these.</summary>
public sealed class RoutingRule
{
    private RoutingRule()
    {
    }

    public RoutingRule(int topicId, int? regionId, int organisationId)
    {
        TopicId = topicId;
        RegionId = regionId;
        OrganisationId = organisationId;
    }

    public int Id { get; private set; }

    public int TopicId { get; private set; }

    /// <summary>An aimag, the capital or a district; null means any place.</summary>
    public int? RegionId { get; private set; }

    public int OrganisationId { get; private set; }

    public void RouteTo(int organisationId) => OrganisationId = organisationId;

    /// <summary>Makes the rule apply to another topic or place as well as sending it elsewhere; SaveRoutingRule checks uniqueness first.</summary>
    public void Redefine(int topicId, int? regionId, int organisationId)
    {
        TopicId = topicId;
        RegionId = regionId;
        OrganisationId = organisationId;
    }
}
