using System.Xml.Linq;
using CallCentre.Tests.Support;

namespace CallCentre.Tests.Web;

public sealed class ResourceFilesTests
{
    private const string Mongolian = ".mn.resx";

    /// <summary>Every string exists in both languages: a key missing from one file would show English to Mongolian readers, or the key itself.</summary>
    [Fact]
    public void EveryResourceFile_HasTheSameNonEmptyKeysInEnglishAndMongolian()
    {
        var files = Directory.EnumerateFiles(RepositoryRoot.Combine("CallCentre.Web"), "*.resx", SearchOption.AllDirectories)
            .Where(file => !IsBuildOutput(file))
            .ToList();
        var neutral = files.Where(f => !f.EndsWith(Mongolian, StringComparison.OrdinalIgnoreCase)).ToList();

        var problems = new List<string>();
        foreach (var file in files.Where(f => f.EndsWith(Mongolian, StringComparison.OrdinalIgnoreCase)))
        {
            if (!File.Exists(file[..^Mongolian.Length] + ".resx"))
            {
                problems.Add($"{Relative(file)}: no English (neutral) file beside it");
            }
        }

        foreach (var file in neutral)
        {
            var mongolianFile = file[..^".resx".Length] + Mongolian;
            if (!File.Exists(mongolianFile))
            {
                problems.Add($"{Relative(file)}: no Mongolian file {Path.GetFileName(mongolianFile)}");
                continue;
            }

            problems.AddRange(Compare(file, mongolianFile));
        }

        Assert.True(neutral.Count > 0, "no .resx files found under CallCentre.Web");
        Assert.True(problems.Count == 0, "resource files out of step:\n" + string.Join("\n", problems));
    }

    private static IEnumerable<string> Compare(string englishFile, string mongolianFile)
    {
        var english = Entries(englishFile);
        var mongolian = Entries(mongolianFile);
        foreach (var key in english.Keys.Except(mongolian.Keys).Order(StringComparer.Ordinal))
        {
            yield return $"{Relative(mongolianFile)}: missing key {key}";
        }

        foreach (var key in mongolian.Keys.Except(english.Keys).Order(StringComparer.Ordinal))
        {
            yield return $"{Relative(englishFile)}: missing key {key}";
        }

        foreach (var (file, entries) in new[] { (englishFile, english), (mongolianFile, mongolian) })
        {
            foreach (var (key, value) in entries.Where(e => string.IsNullOrWhiteSpace(e.Value)).OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                yield return $"{Relative(file)}: empty value for key {key}";
            }
        }
    }

    private static Dictionary<string, string> Entries(string file)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var data in XDocument.Load(file).Root!.Elements("data"))
        {
            entries[(string)data.Attribute("name")!] = (string?)data.Element("value") ?? "";
        }

        return entries;
    }

    private static bool IsBuildOutput(string file)
    {
        var parts = Path.GetRelativePath(RepositoryRoot.Path, file).Split(Path.DirectorySeparatorChar);
        return parts.Contains("bin") || parts.Contains("obj");
    }

    private static string Relative(string file) => Path.GetRelativePath(RepositoryRoot.Path, file);
}
