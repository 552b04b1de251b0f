using CallCentre.Domain.Cases;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CallCentre.SampleData;

/// <summary>
/// Prepared, parameterised INSERTs for one entity type, its columns taken from the EF Core model (owned types' columns
/// included) and each value read back from the entity and converted as EF Core converts it (enums to names, UTC dates),
/// so that a row written here is the row SaveChanges would have written — and a column added to the model is written
/// too. Rows are queued and inserted many to a statement, which is what makes a million cases quick.
/// </summary>
internal sealed class SqliteRowWriter : IDisposable
{
    private const int ParametersPerStatement = 64;

    private readonly SqliteConnection _connection;
    private readonly string _table;
    private readonly (string Name, Func<object, int, object?> Read)[] _columns;
    private readonly int _rowsPerStatement;
    private readonly Dictionary<int, SqliteCommand> _commands = [];
    private readonly List<(object Entity, int CaseId)> _pending = [];
    private SqliteTransaction? _transaction;

    public SqliteRowWriter(SqliteConnection connection, IEntityType type)
    {
        _connection = connection;
        _table = type.GetTableName()!;
        var columns = new List<(string Name, Func<object, int, object?> Read)>();
        foreach (var property in type.GetProperties())
        {
            if (IsCaseId(type, property))
            {
                columns.Add((property.GetColumnName(), (_, caseId) => caseId));
            }
            else if (property.IsPrimaryKey() && property.ValueGenerated != ValueGenerated.Never)
            {
                // The database numbers the row (a timeline event's id).
            }
            else
            {
                var getter = property.GetGetter();
                var converter = property.GetTypeMapping().Converter;
                columns.Add((property.GetColumnName(), (entity, _) => Convert(converter, getter.GetClrValue(entity))));
            }
        }

        foreach (var navigation in type.GetNavigations().Where(n => n.TargetEntityType.IsOwned() && n.ForeignKey.IsOwnership))
        {
            var owner = navigation.GetGetter();
            foreach (var property in navigation.TargetEntityType.GetProperties().Where(p => !p.IsPrimaryKey()))
            {
                var getter = property.GetGetter();
                var converter = property.GetTypeMapping().Converter;
                columns.Add((property.GetColumnName(), (entity, _) => owner.GetClrValue(entity) is { } owned ? Convert(converter, getter.GetClrValue(owned)) : null));
            }
        }

        _columns = [.. columns];

        // Each parameter is bound by name, which SQLite looks up by scanning the statement's parameters: past a few
        // dozen parameters a statement the scans cost more than the statements saved.
        _rowsPerStatement = Math.Max(1, ParametersPerStatement / _columns.Length);
    }

    /// <summary>Queues the entity's row; <paramref name="caseId"/> is the case's id, or the id of the case it belongs to.</summary>
    public void Add(object entity, int caseId) => _pending.Add((entity, caseId));

    /// <summary>The transaction the following inserts belong to.</summary>
    public void Begin(SqliteTransaction transaction) => _transaction = transaction;

    /// <summary>Inserts the queued rows, as many to a statement as it takes.</summary>
    public void Flush()
    {
        for (var start = 0; start < _pending.Count; start += _rowsPerStatement)
        {
            var rows = Math.Min(_rowsPerStatement, _pending.Count - start);
            var command = CommandFor(rows);
            command.Transaction = _transaction;
            var index = 0;
            for (var r = start; r < start + rows; r++)
            {
                var (entity, caseId) = _pending[r];
                foreach (var (_, read) in _columns)
                {
                    command.Parameters[index++].Value = read(entity, caseId) ?? DBNull.Value;
                }
            }

            command.ExecuteNonQuery();
        }

        _pending.Clear();
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
    }

    private SqliteCommand CommandFor(int rows)
    {
        if (_commands.TryGetValue(rows, out var command))
        {
            return command;
        }

        command = _connection.CreateCommand();
        var values = Enumerable.Range(0, rows).Select(r => "(" + string.Join(", ", _columns.Select((_, c) => $"@p{(r * _columns.Length) + c}")) + ")");
        command.CommandText = $"INSERT INTO \"{_table}\" ({string.Join(", ", _columns.Select(c => $"\"{c.Name}\""))}) VALUES {string.Join(", ", values)}";
        for (var i = 0; i < rows * _columns.Length; i++)
        {
            command.Parameters.Add(new SqliteParameter($"@p{i}", null));
        }

        _commands[rows] = command;
        return command;
    }

    // The case's own key, and the key of the case a dependent row (event, word) belongs to; not a follow-up's link.
    private static bool IsCaseId(IEntityType type, IProperty property) =>
        type.ClrType == typeof(Case)
            ? property.IsPrimaryKey()
            : property.GetContainingForeignKeys().Any(fk => fk.PrincipalEntityType.ClrType == typeof(Case));

    private static object? Convert(ValueConverter? converter, object? value) =>
        value is null ? null : converter is null ? value : converter.ConvertToProvider(value);
}
