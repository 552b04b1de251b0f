using CallCentre.Domain.Persistence;
using CallCentre.Domain.UseCases;
using Microsoft.EntityFrameworkCore;

namespace CallCentre.Domain.Reports;

/// <summary>Names of topics, regions, organisations and users by id, in the report's language, read once per report.</summary>
public sealed class ReportNames
{
    private ReportNames(Dictionary<int, string> topics, Dictionary<int, string> regions, Dictionary<int, string> organisations, Dictionary<string, string> users)
    {
        Topics = topics;
        Regions = regions;
        Organisations = organisations;
        Users = users;
    }

    public IReadOnlyDictionary<int, string> Topics { get; }

    public IReadOnlyDictionary<int, string> Regions { get; }

    public IReadOnlyDictionary<int, string> Organisations { get; }

    public IReadOnlyDictionary<string, string> Users { get; }

    public static async Task<ReportNames> LoadAsync(CallCentreDbContext db, Language language, CancellationToken cancellationToken)
    {
        var mongolian = language.IsMongolian;
        var topics = await db.Topics.AsNoTracking().Select(t => new { t.Id, Name = mongolian ? t.NameMn : t.NameEn }).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var regions = await db.Regions.AsNoTracking().Select(r => new { r.Id, Name = mongolian ? r.NameMn : r.NameEn }).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().Select(o => new { o.Id, Name = mongolian ? o.NameMn : o.NameEn }).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var users = await db.Users.AsNoTracking().Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return new ReportNames(topics, regions, organisations, users);
    }

    public string? Topic(int? id) => id is { } key && Topics.TryGetValue(key, out var name) ? name : null;

    public string? Region(int? id) => id is { } key && Regions.TryGetValue(key, out var name) ? name : null;

    public string? Organisation(int? id) => id is { } key && Organisations.TryGetValue(key, out var name) ? name : null;

    public string? User(string? id) => id is not null && Users.TryGetValue(id, out var name) ? name : null;
}
