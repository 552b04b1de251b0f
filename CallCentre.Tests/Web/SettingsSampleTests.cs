using CallCentre.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace CallCentre.Tests.Web;

public sealed class SettingsSampleTests
{
    [Theory]
    [InlineData("appsettings.json")]
    [InlineData("appsettings.Development.json")]
    public void EverySettingTheAppShips_IsDocumentedInTheSample(string file)
    {
        var sample = Keys(RepositoryRoot.Combine("appsettings.sample.json"));
        var shipped = Keys(RepositoryRoot.Combine("CallCentre.Web", file));

        var undocumented = shipped.Except(sample, StringComparer.OrdinalIgnoreCase).ToList();

        Assert.True(undocumented.Count == 0, $"{file} has settings missing from appsettings.sample.json: {string.Join(", ", undocumented)}");
    }

    [Fact]
    public void Sample_HoldsNoSecrets()
    {
        var sample = new ConfigurationBuilder().AddJsonFile(RepositoryRoot.Combine("appsettings.sample.json")).Build();

        var withPassword = sample.AsEnumerable().Where(p => p.Value?.Contains("Password=", StringComparison.OrdinalIgnoreCase) == true).ToList();

        Assert.Empty(withPassword);
    }

    private static HashSet<string> Keys(string path) =>
        new ConfigurationBuilder().AddJsonFile(path).Build().AsEnumerable()
            .Where(p => p.Value is not null)
            .Select(p => System.Text.RegularExpressions.Regex.Replace(p.Key, @":\d+$", ""))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
