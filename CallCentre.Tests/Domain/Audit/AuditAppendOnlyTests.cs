using System.Reflection;
using System.Text.RegularExpressions;
using CallCentre.Domain.Audit;
using CallCentre.Tests.Support;

namespace CallCentre.Tests.Domain.Audit;

public sealed partial class AuditAppendOnlyTests
{
    [Fact]
    public void AuditEntry_HasNoPublicWayToChangeIt()
    {
        var type = typeof(AuditEntry);
        Assert.All(type.GetProperties(), p => Assert.False(p.SetMethod?.IsPublic ?? false, $"{p.Name} has a public setter"));
        Assert.DoesNotContain(type.GetConstructors(BindingFlags.Public | BindingFlags.Instance), _ => true);
        Assert.DoesNotContain(type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly), m => !m.IsSpecialName);
    }

    [Fact]
    public void NoSourceFile_UpdatesOrDeletesAuditEntries()
    {
        var root = RepositoryRoot.Path;
        var offenders = new[] { "CallCentre.Domain", "CallCentre.Web" }
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(root, project), "*.*", SearchOption.AllDirectories))
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".razor", StringComparison.Ordinal))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(path => Mutation().IsMatch(File.ReadAllText(path)))
            .Select(path => Path.GetRelativePath(root, path))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void TheScan_WouldCatchAnUpdateOrADelete()
    {
        Assert.Matches(Mutation(), "db.AuditEntries.Remove(entry);");
        Assert.Matches(Mutation(), "await db.AuditEntries.Where(e => e.Sequence < 5).ExecuteDeleteAsync();");
        Assert.Matches(Mutation(), "db.AuditEntries.Update(entry)");
        Assert.Matches(Mutation(), "DELETE FROM AuditEntries");
        Assert.Matches(Mutation(), "UPDATE \"AuditEntries\" SET");
        Assert.DoesNotMatch(Mutation(), "db.AuditEntries.Add(entry);");
    }

    // Any Remove/Update/RemoveRange/UpdateRange/ExecuteDelete/ExecuteUpdate reached from AuditEntries in one statement, or SQL that does it.
    [GeneratedRegex(@"AuditEntries[^;]*?\.(Remove|RemoveRange|Update|UpdateRange|ExecuteDelete|ExecuteDeleteAsync|ExecuteUpdate|ExecuteUpdateAsync)\b|(DELETE\s+FROM|UPDATE)\s+\W?AuditEntries", RegexOptions.IgnoreCase)]
    private static partial Regex Mutation();
}
