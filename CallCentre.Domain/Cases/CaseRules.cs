using System.Net.Mail;

namespace CallCentre.Domain.Cases;

/// <summary>
/// The rules a case's fields obey. Each returns null when the value is acceptable, or the message key to show at the field;
/// the domain throws with the same key, so the form and the model never disagree.
/// </summary>
public static class CaseRules
{
    public const int SubjectMaxLength = 200;
    public const int DescriptionMaxLength = 4000;
    public const int AddressMaxLength = 300;
    public const int AnswerMaxLength = 4000;
    public const int OverrideReasonMaxLength = 500;
    public const int ResponseMaxLength = 4000;
    public const int ReasonMaxLength = 1000;
    public const int MessageMaxLength = 2000;

    /// <summary>The law on citizens' petitions: an organisation answers within 30 calendar days of receiving the case.</summary>
    public static readonly TimeSpan StatutoryResponsePeriod = TimeSpan.FromDays(30);

    /// <summary>The organisation's head may extend the deadline once, by at most 30 days.</summary>
    public static readonly TimeSpan MaximumExtension = TimeSpan.FromDays(30);

    public static string? Subject(string? value) => Text(value, SubjectMaxLength, "Case.SubjectRequired", "Case.SubjectTooLong");

    public static string? Description(string? value) => Text(value, DescriptionMaxLength, "Case.DescriptionRequired", "Case.DescriptionTooLong");

    public static string? Address(string? value) => value?.Trim().Length > AddressMaxLength ? "Case.AddressTooLong" : null;

    public static string? CallerName(string? value, bool isAnonymous) =>
        isAnonymous ? null : Text(value, Caller.NameMaxLength, "Case.CallerNameRequired", "Case.CallerNameTooLong");

    public static string? Phone(string? value, bool isAnonymous) =>
        string.IsNullOrWhiteSpace(value) ? (isAnonymous ? null : "Case.PhoneRequired")
        : PhoneNumber.TryParse(value, out _) ? null : "Case.PhoneInvalid";

    public static string? Email(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        return trimmed.Length <= Caller.EmailMaxLength && MailAddress.TryCreate(trimmed, out var address) && address.Address == trimmed && trimmed.Contains('.', StringComparison.Ordinal)
            ? null
            : "Case.EmailInvalid";
    }

    public static string? RegisterNumber(string? value) =>
        string.IsNullOrWhiteSpace(value) || Cases.RegisterNumber.TryParse(value, out _) ? null : "Case.RegisterNumberInvalid";

    public static string? Coordinates(double? latitude, double? longitude)
    {
        if (latitude is null && longitude is null)
        {
            return null;
        }

        // Mongolia lies within about 41.5–52.2 °N and 87.7–119.9 °E.
        return latitude is >= 41 and <= 53 && longitude is >= 87 and <= 120 ? null : "Case.CoordinatesInvalid";
    }

    public static string? FirstContactAnswer(CaseType type, string? answer) =>
        type != CaseType.Enquiry ? "Case.OnlyEnquiriesCloseAtFirstContact"
        : Text(answer, AnswerMaxLength, "Case.AnswerRequired", "Case.AnswerTooLong");

    public static string? OverrideReason(string? value) => Text(value, OverrideReasonMaxLength, "Case.OverrideReasonRequired", "Case.OverrideReasonTooLong");

    /// <summary>The public answer to the citizen.</summary>
    public static string? ResponseText(string? value) => Text(value, ResponseMaxLength, "Case.ResponseRequired", "Case.ResponseTooLong");

    /// <summary>A response reports how the case ended; duplicates and withdrawals have their own moves.</summary>
    public static string? ResponseResolution(Resolution? value) =>
        value is null || !Enum.IsDefined(value.Value) ? "Case.ResolutionRequired"
        : value is Cases.Resolution.Duplicate or Cases.Resolution.Withdrawn ? "Case.ResolutionNotForResponse"
        : null;

    /// <summary>Why a move was made, where the move needs one: a return, a reopening, a withdrawal, an extension.</summary>
    public static string? Reason(string? value) => Text(value, ReasonMaxLength, "Case.ReasonRequired", "Case.ReasonTooLong");

    /// <summary>An optional remark on a move (closing, refusing an extension): nothing, or not too long.</summary>
    public static string? OptionalRemark(string? value) => value?.Trim().Length > ReasonMaxLength ? "Case.ReasonTooLong" : null;

    /// <summary>The question put to the citizen, or their answer.</summary>
    public static string? CitizenMessage(string? value) => Text(value, MessageMaxLength, "Case.MessageRequired", "Case.MessageTooLong");

    public static string? Note(string? value) => Text(value, MessageMaxLength, "Case.NoteRequired", "Case.NoteTooLong");

    /// <summary>The new deadline asked for: later than the current one, and at most 30 days after it.</summary>
    public static string? ExtensionUntil(DateTime? currentDeadlineUtc, DateTime? requestedUtc) =>
        requestedUtc is null ? "Case.ExtensionDateRequired"
        : currentDeadlineUtc is null || requestedUtc <= currentDeadlineUtc ? "Case.ExtensionNotLater"
        : requestedUtc > currentDeadlineUtc + MaximumExtension ? "Case.ExtensionBeyondLimit"
        : null;

    private static string? Text(string? value, int maxLength, string requiredKey, string tooLongKey)
    {
        var trimmed = value?.Trim() ?? "";
        return trimmed.Length == 0 ? requiredKey : trimmed.Length > maxLength ? tooLongKey : null;
    }
}
