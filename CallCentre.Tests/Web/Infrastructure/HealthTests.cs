using System.Net;
using CallCentre.Tests.Support;

namespace CallCentre.Tests.Web.Infrastructure;

/// <summary>/health is what a load balancer asks: healthy only while the database answers.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task Health_WithAWorkingDatabase_IsHealthy()
    {
        await using var factory = new CallCentreWebFactory();
        var client = factory.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_WhenTheDatabaseFileIsGone_IsUnhealthy()
    {
        var folder = Path.Combine(Path.GetTempPath(), "callcentre-tests", $"health-{Guid.NewGuid():N}");
        await using var factory = new CallCentreWebFactory();
        factory.Settings["ConnectionStrings:CallCentre"] = $"Data Source={Path.Combine(folder, "callcentre.db")};Pooling=False";
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        Directory.Delete(folder, recursive: true);
        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }
}
