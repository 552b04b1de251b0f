using CallCentre.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace CallCentre.Tests.Domain.Persistence;

/// <summary>
/// The idempotent script is what a production DBA applies when <c>Database:MigrateOnStartup</c> is false;
/// it must be T-SQL that SQL Server accepts, which ScriptDom checks without a server.
/// </summary>
public sealed class SqlServerMigrationScriptTests
{
    [Fact]
    public void IdempotentScript_ParsesAsTSqlWithoutErrors()
    {
        var script = GenerateIdempotentScript();

        var errors = Parse(script, out _);

        Assert.True(errors.Count == 0, "The SQL Server migration script does not parse:\n" + Describe(errors, script));
    }

    [Fact]
    public void IdempotentScript_CreatesEveryTableOfTheModel()
    {
        using var db = ProviderContexts.SqlServer();
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Append("__EFMigrationsHistory").ToHashSet();

        Parse(GenerateIdempotentScript(), out var fragment);
        var created = new CreateTableCollector();
        fragment.Accept(created);

        Assert.Equal(tables.Order(), created.Tables.Order());
    }

    [Fact]
    public void Parser_ReportsErrors_WhenACreateTableLosesAParenthesis()
    {
        var script = GenerateIdempotentScript();
        var createTable = script.IndexOf("CREATE TABLE [AspNetUsers] (", StringComparison.Ordinal);
        Assert.True(createTable >= 0, "The script no longer creates AspNetUsers; pick another table to break.");
        var broken = script.Remove(script.IndexOf('(', createTable), 1);

        var errors = Parse(broken, out _);

        Assert.NotEmpty(errors);
    }

    private static string GenerateIdempotentScript()
    {
        using var db = ProviderContexts.SqlServer();
        return db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
    }

    /// <summary>ScriptDom splits on GO itself: each batch becomes a TSqlBatch of the returned script.</summary>
    private static IList<ParseError> Parse(string script, out TSqlFragment fragment)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        fragment = parser.Parse(reader, out var errors);
        return errors;
    }

    private static string Describe(IEnumerable<ParseError> errors, string script)
    {
        var lines = script.Split('\n');
        return string.Join('\n', errors.Take(10).Select(e =>
            $"line {e.Line}, column {e.Column}: {e.Message} near: {(e.Line >= 1 && e.Line <= lines.Length ? lines[e.Line - 1].Trim() : "")}"));
    }

    private sealed class CreateTableCollector : TSqlFragmentVisitor
    {
        public List<string> Tables { get; } = [];

        public override void Visit(CreateTableStatement node) => Tables.Add(node.SchemaObjectName.BaseIdentifier.Value);
    }
}
