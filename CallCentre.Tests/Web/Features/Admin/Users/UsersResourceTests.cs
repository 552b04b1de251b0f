using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using CallCentre.Domain.Accounts;
using CallCentre.Web.Features.Admin.Users;

namespace CallCentre.Tests.Web.Features.Admin.Users;

public sealed partial class UsersResourceTests
{
    private static readonly ResourceManager _resources = new(typeof(UsersResource));
    private static readonly CultureInfo _english = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo _mongolian = CultureInfo.GetCultureInfo("mn-MN");

    public static TheoryData<string> DomainMessageKeys => [.. UserMessages.All];

    public static TheoryData<string> KeysUsedByThePages => [.. KeysInSource()];

    [Theory]
    [MemberData(nameof(DomainMessageKeys))]
    public void EveryDomainMessageKey_IsTranslatedIntoEnglishAndMongolian(string key) => AssertTranslated(key);

    [Theory]
    [MemberData(nameof(KeysUsedByThePages))]
    public void EveryKeyThePagesAskFor_IsTranslatedIntoEnglishAndMongolian(string key) => AssertTranslated(key);

    [Fact]
    public void ThePagesAskForKeys_SoTheScanAboveIsNotVacuous() => Assert.True(KeysInSource().Count > 30);

    private static void AssertTranslated(string key)
    {
        var english = _resources.GetString(key, _english);
        var mongolian = _resources.GetString(key, _mongolian);
        Assert.False(string.IsNullOrWhiteSpace(english), $"{key} has no English text.");
        Assert.False(string.IsNullOrWhiteSpace(mongolian), $"{key} has no Mongolian text.");
        Assert.True(english == "{0}: {1}" || english != mongolian, $"{key} is not translated into Mongolian.");
        Assert.True(english == "{0}: {1}" || CyrillicPattern().IsMatch(mongolian!), $"{key} has no Cyrillic in its Mongolian text.");
    }

    /// <summary>Every literal "Users.…" key in the user-admin components.</summary>
    private static List<string> KeysInSource()
    {
        var folder = Path.Combine(RepositoryRoot(), "CallCentre.Web", "Features", "Admin", "Users");
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder).Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)))
        {
            foreach (Match match in KeyPattern().Matches(File.ReadAllText(file)))
            {
                keys.Add(match.Groups["key"].Value);
            }
        }

        return [.. keys];
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CallCentre.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("CallCentre.sln not found above the test binaries.");
    }

    [GeneratedRegex("\"(?<key>Users\\.[A-Za-z.]+)\"")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("[\\u0400-\\u04FF]")]
    private static partial Regex CyrillicPattern();
}
