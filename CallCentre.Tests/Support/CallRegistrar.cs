using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;

namespace CallCentre.Tests.Support;

/// <summary>Registers calls through the real <see cref="RegisterCase"/>, for tests that need earlier cases to find.</summary>
public sealed class CallRegistrar(SeededDatabase database, TimeProvider clock, Actor actor)
{
    public async Task<RegisteredCase> RegisterAsync(
        string? phone,
        string topic = "UTIL-WATER",
        string? region = "MN-1",
        string? district = "UB-BZ",
        string subject = "Халуун ус тасарсан",
        bool anonymous = false)
    {
        var input = new RegisterCaseInput
        {
            Type = CaseType.Complaint,
            TopicId = await database.TopicIdAsync(topic),
            Subject = subject,
            Description = "Гурав хоног халуун усгүй байна.",
            RegionId = region is null ? null : await database.RegionIdAsync(region),
            DistrictId = district is null ? null : await database.RegionIdAsync(district),
            CallerName = anonymous ? null : "Бат-Эрдэнэ",
            IsAnonymous = anonymous,
            Phone = phone,
        };
        var result = await new RegisterCase(database.Database, clock).RunAsync(input, actor);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        return result.Value!;
    }
}
