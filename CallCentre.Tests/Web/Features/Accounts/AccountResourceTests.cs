using System.Text.RegularExpressions;
using System.Xml.Linq;
using CallCentre.Tests.Support;

namespace CallCentre.Tests.Web.Features.Accounts;

public sealed partial class AccountResourceTests
{
    /// <summary>A missing key does not fail at run time: the page just shows the key. So every literal key the account pages ask for must exist.</summary>
    [Fact]
    public void EveryKeyTheAccountPagesUse_IsInAccountResource()
    {
        var folder = RepositoryRoot.Combine("CallCentre.Web", "Features", "Accounts");
        var keys = XDocument.Load(Path.Combine(folder, "AccountResource.resx")).Root!
            .Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();
        var sources = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".razor", StringComparison.Ordinal) || file.EndsWith(".razor.cs", StringComparison.Ordinal))
            .Select(file => (File: Path.GetFileName(file), Text: File.ReadAllText(file)))
            .ToList();
        var used = sources
            .SelectMany(source => AccountKey().Matches(source.Text).Concat(StatusKey().Matches(source.Text)).Select(m => (source.File, Key: m.Groups[1].Value)))
            .ToList();

        var missing = used.Where(u => !keys.Contains(u.Key)).Select(u => $"{u.File}: {u.Key}").Distinct().ToList();

        Assert.True(used.Count > 100, $"found only {used.Count} keys: the pattern no longer matches the pages");
        Assert.True(missing.Count == 0, "keys missing from AccountResource.resx:\n" + string.Join("\n", missing));
    }

    // L["Key"] and L["Key", args]; keys built at run time ("Profile.Language." + x) are not literal and not matched.
    [GeneratedRegex("""\bL\["([^"]+)"[\],]""")]
    private static partial Regex AccountKey();

    // The status a redirect carries in its cookie is a key too.
    [GeneratedRegex(@"WithStatus\([^;]*?""(Status\.[^""]+)""")]
    private static partial Regex StatusKey();
}
