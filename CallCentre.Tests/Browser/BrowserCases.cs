using CallCentre.Domain.Accounts;
using CallCentre.Domain.Cases;
using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCentre.Tests.Browser;

/// <summary>Cases the browser journeys need, registered inside the running app through its own use case.</summary>
public static class BrowserCases
{
    /// <summary>A water call from Bayanzürkh, registered by the demo operator (routed to USUG).</summary>
    public static async Task<(int CaseId, string Reference)> RegisterWaterCallAsync(BrowserFixture fixture, string callerName, string phone)
    {
        using var scope = fixture.AppServices.CreateScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<CallCentreDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var operatorUser = await db.Users.SingleAsync(u => u.Email == "operator@demo.1111.mn");
        var input = new RegisterCaseInput
        {
            Type = CaseType.Complaint,
            Channel = Channel.Phone,
            TopicId = await db.Topics.Where(t => t.Code == "UTIL-WATER").Select(t => t.Id).SingleAsync(),
            Subject = "Халуун ус тасарсан",
            Description = "Гурав хоног халуун усгүй байна.",
            RegionId = await db.Regions.Where(r => r.Code == "MN-1").Select(r => r.Id).SingleAsync(),
            DistrictId = await db.Regions.Where(r => r.Code == "UB-BZ").Select(r => r.Id).SingleAsync(),
            CallerName = callerName,
            Phone = phone,
        };
        var actor = new Actor(operatorUser.Id, operatorUser.DisplayName, new HashSet<string> { Roles.Operator }, operatorUser.OrganisationId);
        var result = await new RegisterCase(factory, TimeProvider.System).RunAsync(input, actor);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        return (result.Value!.CaseId, result.Value!.Reference!);
    }
}
