using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CallCentre.Domain.Persistence;

/// <summary>Every DateTime is stored as UTC and comes back marked as UTC, whichever provider stores it.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
