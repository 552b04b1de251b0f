using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Organisations;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Tests.Support;

/// <summary>Registers cases through the real use case, with only what a test cares about spelt out.</summary>
public static class CaseSeeding
{
    public sealed record CallSpec
    {
        public string Subject { get; init; } = "Халуун ус тасарсан";
        public string Description { get; init; } = "Гурав хоног халуун усгүй байна.";
        public string Phone { get; init; } = "99112233";
        public string Topic { get; init; } = "UTIL-WATER";
        public string Region { get; init; } = "MN-1";
        public string? District { get; init; } = "UB-BZ";
        public CaseType Type { get; init; } = CaseType.Complaint;
        public Channel Channel { get; init; } = Channel.Phone;
        public bool IsConfidential { get; init; }
        public string? RegisterNumber { get; init; }
        public string? Email { get; init; }

        /// <summary>Another organisation than the topic's, by code (an override with a reason).</summary>
        public string? Organisation { get; init; }
    }

    /// <summary>Registers a call; <paramref name="through"/> saves through other contexts (e.g. ones that feed the live updates).</summary>
    public static async Task<RegisteredCase> RegisterAsync(this SeededDatabase database, Actor @operator, TimeProvider clock, CallSpec? spec = null, IDbContextFactory<CallCentreDbContext>? through = null)
    {
        spec ??= new CallSpec();
        var input = new RegisterCaseInput
        {
            Type = spec.Type,
            Channel = spec.Channel,
            TopicId = await database.TopicIdAsync(spec.Topic),
            Subject = spec.Subject,
            Description = spec.Description,
            RegionId = await database.RegionIdAsync(spec.Region),
            DistrictId = spec.District is null ? null : await database.RegionIdAsync(spec.District),
            CallerName = "Бат-Эрдэнэ Дорж",
            Phone = spec.Phone,
            Email = spec.Email,
            RegisterNumber = spec.RegisterNumber,
            IsConfidential = spec.IsConfidential,
            OrganisationId = spec.Organisation is null ? null : await database.OrganisationIdAsync(spec.Organisation),
            OverrideReason = spec.Organisation is null ? null : "Тест",
        };
        var result = await new RegisterCase(through ?? database.Database, clock).RunAsync(input, @operator);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        return result.Value!;
    }

    /// <summary>Adds a unit under an organisation, as administrators will.</summary>
    public static async Task<int> AddUnitAsync(this SeededDatabase database, string parentCode, string code)
    {
        await using var db = database.CreateDbContext();
        var parent = await db.Organisations.SingleAsync(o => o.Code == parentCode);
        var unit = new Organisation(code, code + " нэгж", code + " unit", OrganisationKind.Municipal, parent);
        db.Organisations.Add(unit);
        await db.SaveChangesAsync();
        return unit.Id;
    }
}
