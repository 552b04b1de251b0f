using System.Text.Json;
using System.Text.Json.Serialization;
using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.UseCases;

namespace CallCentre.Web.Features.Intake;

/// <summary>What the operator has typed so far; the page binds to it, saves it as the browser draft and turns it into <see cref="RegisterCaseInput"/>.</summary>
public sealed class IntakeForm
{
    private static readonly JsonSerializerOptions _json = new() { Converters = { new JsonStringEnumConverter() } };

    public string? Phone { get; set; }

    public string? CallerName { get; set; }

    public bool IsAnonymous { get; set; }

    public bool IsConfidential { get; set; }

    public bool ConsentToContact { get; set; } = true;

    public bool ConsentToPublish { get; set; }

    public string? Email { get; set; }

    public string? RegisterNumber { get; set; }

    public string PreferredLanguage { get; set; } = Cultures.Mongolian;

    public CaseType Type { get; set; } = CaseType.Complaint;

    public Channel Channel { get; set; } = Channel.Phone;

    public int? TopicId { get; set; }

    public Priority Priority { get; set; } = Priority.Normal;

    public string? Subject { get; set; }

    public string? Description { get; set; }

    public int? RegionId { get; set; }

    public int? DistrictId { get; set; }

    public string? Address { get; set; }

    /// <summary>The organisation the operator chose instead of the proposal.</summary>
    public int? OrganisationId { get; set; }

    public string? OverrideReason { get; set; }

    public bool CloseAtFirstContact { get; set; }

    public string? FirstContactAnswer { get; set; }

    public int? FollowUpOfCaseId { get; set; }

    /// <summary>Kept beside the id so that the link can be shown after a reload without a lookup.</summary>
    public string? FollowUpReference { get; set; }

    /// <summary>Nothing a caller said has been typed yet (channel and defaults do not count).</summary>
    [JsonIgnore]
    public bool IsBlank =>
        string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(CallerName) && string.IsNullOrWhiteSpace(Email)
        && string.IsNullOrWhiteSpace(RegisterNumber) && TopicId is null && string.IsNullOrWhiteSpace(Subject)
        && string.IsNullOrWhiteSpace(Description) && RegionId is null && string.IsNullOrWhiteSpace(Address)
        && OrganisationId is null && string.IsNullOrWhiteSpace(FirstContactAnswer) && FollowUpOfCaseId is null;

    /// <summary>Only an enquiry can be closed on the call; the switch is ignored for other types.</summary>
    [JsonIgnore]
    public bool ClosesAtFirstContact => Type == CaseType.Enquiry && CloseAtFirstContact;

    /// <summary>An empty form for the next call on the same line.</summary>
    public static IntakeForm NextCall(Channel channel) => new() { Channel = channel };

    public RegisterCaseInput ToInput() => new()
    {
        Channel = Channel,
        Type = Type,
        TopicId = TopicId,
        Subject = Subject,
        Description = Description,
        RegionId = RegionId,
        DistrictId = DistrictId,
        Address = Address,
        CallerName = IsAnonymous ? null : CallerName,
        Phone = Phone,
        Email = Email,
        RegisterNumber = RegisterNumber,
        PreferredLanguage = Language.FromCode(PreferredLanguage),
        IsAnonymous = IsAnonymous,
        IsConfidential = IsConfidential,
        ConsentToContact = ConsentToContact,
        ConsentToPublish = ConsentToPublish,
        Priority = Priority,
        FollowUpOfCaseId = FollowUpOfCaseId,
        OrganisationId = ClosesAtFirstContact ? null : OrganisationId,
        OverrideReason = ClosesAtFirstContact ? null : OverrideReason,
        CloseAtFirstContact = ClosesAtFirstContact,
        FirstContactAnswer = ClosesAtFirstContact ? FirstContactAnswer : null,
    };

    public string ToJson() => JsonSerializer.Serialize(this, _json);

    /// <summary>Reads a stored draft; null when there is none or it cannot be read (an older shape, a hand-edited value).</summary>
    public static IntakeForm? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<IntakeForm>(json, _json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
