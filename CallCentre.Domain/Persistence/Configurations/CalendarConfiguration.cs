using CallCentre.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCentre.Domain.Persistence.Configurations;

internal sealed class RecurringHolidayConfiguration : IEntityTypeConfiguration<RecurringHoliday>
{
    public void Configure(EntityTypeBuilder<RecurringHoliday> builder)
    {
        builder.HasIndex(h => new { h.Month, h.Day }).IsUnique();
        builder.Property(h => h.NameMn).HasMaxLength(200);
        builder.Property(h => h.NameEn).HasMaxLength(200);
    }
}

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> builder)
    {
        builder.HasIndex(d => d.Date).IsUnique();
        builder.Property(d => d.Note).HasMaxLength(CalendarDay.NoteMaxLength);
    }
}
