using CallCentre.Domain.Cases;

namespace CallCentre.Web.Features.Intake;

/// <summary>
/// The form's fields by the names <see cref="RegisterCaseInput"/> gives them (which are also the keys of its errors), the id
/// of each field's input element, and their order on the page, which decides which invalid field gets the focus.
/// </summary>
public static class IntakeFields
{
    public const string Phone = nameof(RegisterCaseInput.Phone);
    public const string CallerName = nameof(RegisterCaseInput.CallerName);
    public const string Email = nameof(RegisterCaseInput.Email);
    public const string RegisterNumber = nameof(RegisterCaseInput.RegisterNumber);
    public const string Type = nameof(RegisterCaseInput.Type);
    public const string Channel = nameof(RegisterCaseInput.Channel);
    public const string TopicId = nameof(RegisterCaseInput.TopicId);
    public const string Priority = nameof(RegisterCaseInput.Priority);
    public const string Subject = nameof(RegisterCaseInput.Subject);
    public const string Description = nameof(RegisterCaseInput.Description);
    public const string FirstContactAnswer = nameof(RegisterCaseInput.FirstContactAnswer);
    public const string RegionId = nameof(RegisterCaseInput.RegionId);
    public const string DistrictId = nameof(RegisterCaseInput.DistrictId);
    public const string Address = nameof(RegisterCaseInput.Address);
    public const string OrganisationId = nameof(RegisterCaseInput.OrganisationId);
    public const string OverrideReason = nameof(RegisterCaseInput.OverrideReason);
    public const string FollowUpOfCaseId = nameof(RegisterCaseInput.FollowUpOfCaseId);

    /// <summary>Page order, phone first.</summary>
    public static readonly IReadOnlyList<string> InPageOrder =
    [
        Phone, CallerName, Email, RegisterNumber, Type, Channel, TopicId, Priority, Subject, Description, FirstContactAnswer,
        RegionId, DistrictId, Address, OrganisationId, OverrideReason,
    ];

    /// <summary>The id of the field's input element, for focus and for labels in tests.</summary>
    public static string InputId(string field) => "intake-" + field;
}
