using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CallCentre.Domain.Persistence;

/// <summary>The nullable twin of <see cref="UtcDateTimeConverter"/>.</summary>
public sealed class NullableUtcDateTimeConverter() : ValueConverter<DateTime?, DateTime?>(
    value => value == null ? null : value.Value.Kind == DateTimeKind.Utc ? value : value.Value.ToUniversalTime(),
    value => value == null ? null : DateTime.SpecifyKind(value.Value, DateTimeKind.Utc));
