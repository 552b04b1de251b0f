using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;

namespace CallCentre.Domain.Workflow;

/// <summary>The rules of a response template, and who may edit an organisation's templates.</summary>
public static class ResponseTemplateRules
{
    public static string? Title(string? value)
    {
        var trimmed = value?.Trim() ?? "";
        return trimmed.Length == 0 ? "Template.TitleRequired" : trimmed.Length > ResponseTemplate.TitleMaxLength ? "Template.TitleTooLong" : null;
    }

    /// <summary>A template becomes a response, so it obeys the response's rule.</summary>
    public static string? Text(string? value) => CaseRules.ResponseText(value);

    /// <summary>The organisation's head, or an administrator.</summary>
    public static bool CanEdit(Actor actor, int organisationId) =>
        actor.IsIn(Roles.Administrator) || (actor.IsIn(Roles.AgencyHead) && actor.OrganisationId == organisationId);
}
