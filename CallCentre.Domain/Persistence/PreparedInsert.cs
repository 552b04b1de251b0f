using System.Buffers;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CallCentre.Domain.Persistence;

/// <summary>
/// Parameterised, prepared INSERTs of <typeparamref name="TEntity"/> rows on a context's open connection and current
/// transaction, for bulk writes that must not pay for change tracking (the deadline scan). On SQLite one statement takes
/// up to <see cref="RowsPerJson"/> rows as one JSON parameter; elsewhere one command of <see cref="RowsPerCommand"/>
/// rows is reused until fewer are left, and one of a single row takes those. The table, the
/// columns and each value's conversion and parameter type come from the EF model — every column EF would insert, through
/// the same type mapping — so a row is the row <c>SaveChanges</c> writes. Bypasses interceptors: nothing written this way
/// is audited or announced unless the caller does it.
/// </summary>
internal sealed class PreparedInsert<TEntity> : IAsyncDisposable
    where TEntity : class
{
    /// <summary>Rows per statement: few enough parameters for SQL Server (2,100) and for binding them by name each time.</summary>
    public const int RowsPerCommand = 20;

    /// <summary>Rows per JSON parameter on SQLite: bounds the text held at once.</summary>
    public const int RowsPerJson = 1000;

    private readonly CallCentreDbContext _db;
    private readonly IReadOnlyList<string> _returning;
    private readonly List<IProperty> _properties;
    private Statement? _many;
    private Statement? _one;
    private readonly Dictionary<long, Statement> _json = [];

    private PreparedInsert(CallCentreDbContext db, List<IProperty> properties, IReadOnlyList<string> returning)
    {
        _db = db;
        _properties = properties;
        _returning = returning;
    }

    /// <summary>
    /// Inserts of <typeparamref name="TEntity"/> inside <paramref name="db"/>'s current transaction (one must have been
    /// begun) that give back the <paramref name="returning"/> properties of each row (the generated key among them).
    /// </summary>
    public static PreparedInsert<TEntity> Create(CallCentreDbContext db, params IReadOnlyList<string> returning)
    {
        var entityType = db.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var key = entityType.FindPrimaryKey()!.Properties.Single();
        var properties = entityType.GetProperties().Where(p => p != key).ToList();
        if (properties.Count > 63 || properties.Any(p => p.IsShadowProperty() || p.ValueGenerated != ValueGenerated.Never))
        {
            // Such a column would be written differently from SaveChanges; this writer is only for plain entities (and
            // marks the columns shared by every row in a 64-bit mask).
            throw new InvalidOperationException($"{typeof(TEntity).Name} has generated or shadow columns besides its key, or more than 63 columns.");
        }

        return new PreparedInsert<TEntity>(db, properties, returning);
    }

    /// <summary>
    /// Inserts <paramref name="rows"/> in order; when the insert was made with returned properties, adds each row's values
    /// of them to <paramref name="returned"/> (in no particular order: a database may return a statement's rows in any).
    /// </summary>
    public async Task InsertAsync(IReadOnlyList<TEntity> rows, List<object?[]>? returned, CancellationToken cancellationToken)
    {
        if (_db.Database.IsSqlite())
        {
            await InsertAsJsonAsync(rows, returned, cancellationToken);
            return;
        }

        var done = 0;
        while (rows.Count - done >= RowsPerCommand)
        {
            _many ??= Prepare(RowsPerCommand);
            await ExecuteAsync(_many, rows, done, returned, cancellationToken);
            done += RowsPerCommand;
        }

        for (; done < rows.Count; done++)
        {
            _one ??= Prepare(1);
            await ExecuteAsync(_one, rows, done, returned, cancellationToken);
        }
    }

    /// <summary>
    /// SQLite: binding each value of each row by name costs more than the insert itself, so the rows go as one JSON array
    /// parameter per <see cref="RowsPerJson"/> rows and SQLite unpacks it (<c>json_each</c>); a column with the same value
    /// in every row of the statement (the time sent, the e-mail state) is one ordinary parameter instead, as unpacking costs
    /// per value. The values are the provider values of the type mappings, written as Microsoft.Data.Sqlite would bind them
    /// (a date as its text, a flag as 0/1).
    /// </summary>
    private async Task InsertAsJsonAsync(IReadOnlyList<TEntity> rows, List<object?[]>? returned, CancellationToken cancellationToken)
    {
        var getters = _properties.Select(p => p.GetGetter()).ToArray();
        var converters = _properties.Select(p => p.GetRelationalTypeMapping().Converter).ToArray();
        for (var first = 0; first < rows.Count; first += RowsPerJson)
        {
            var count = Math.Min(RowsPerJson, rows.Count - first);
            var values = new object?[count][];
            for (var row = 0; row < count; row++)
            {
                values[row] = new object?[getters.Length];
                for (var i = 0; i < getters.Length; i++)
                {
                    var value = getters[i].GetClrValue(rows[first + row]);
                    values[row][i] = converters[i] is { } converter ? converter.ConvertToProvider(value) : value;
                }
            }

            var shared = 0L;
            for (var i = 0; i < getters.Length; i++)
            {
                if (values.All(v => Equals(v[i], values[0][i])))
                {
                    shared |= 1L << i;
                }
            }

            if (!_json.TryGetValue(shared, out var statement))
            {
                statement = PrepareJson(shared);
                _json[shared] = statement;
            }

            var buffer = new ArrayBufferWriter<byte>();
            await using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartArray();
                foreach (var row in values)
                {
                    writer.WriteStartArray();
                    for (var i = 0; i < row.Length; i++)
                    {
                        if ((shared & (1L << i)) == 0)
                        {
                            WriteSqliteValue(writer, row[i]);
                        }
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndArray();
            }

            statement.Command.Parameters[0].Value = Encoding.UTF8.GetString(buffer.WrittenSpan);
            for (int i = 0, parameter = 1; i < getters.Length; i++)
            {
                if ((shared & (1L << i)) != 0)
                {
                    statement.Command.Parameters[parameter++].Value = values[0][i] ?? DBNull.Value;
                }
            }

            await ReadReturnedAsync(statement.Command, returned, cancellationToken);
        }
    }

    private static void WriteSqliteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteNumberValue(flag ? 1 : 0);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case DateTime time:
                // Microsoft.Data.Sqlite's text for a DateTime parameter.
                writer.WriteStringValue(time.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture));
                break;
            default:
                throw new NotSupportedException($"A {value.GetType().Name} column cannot be inserted as JSON; write it with SaveChanges.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var statement in _json.Values.Append(_many).Append(_one))
        {
            if (statement is not null)
            {
                await statement.Command.DisposeAsync();
            }
        }
    }

    private async Task ExecuteAsync(Statement statement, IReadOnlyList<TEntity> rows, int first, List<object?[]>? returned, CancellationToken cancellationToken)
    {
        var width = _properties.Count;
        for (var row = 0; row < statement.Rows; row++)
        {
            var entity = rows[first + row];
            for (var i = 0; i < width; i++)
            {
                var column = statement.Columns[i];
                var value = column.Getter.GetClrValue(entity);
                statement.Command.Parameters[(row * width) + i].Value = (column.Converter is null ? value : column.Converter.ConvertToProvider(value)) ?? DBNull.Value;
            }
        }

        await ReadReturnedAsync(statement.Command, returned, cancellationToken);
    }

    private async Task ReadReturnedAsync(DbCommand command, List<object?[]>? returned, CancellationToken cancellationToken)
    {
        if (_returning.Count == 0)
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
            return;
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var values = new object?[_returning.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            returned?.Add(values);
        }
    }

    /// <summary>The JSON insert where the columns in <paramref name="shared"/> (a bit per column) take one value for every row.</summary>
    private Statement PrepareJson(long shared)
    {
        var (command, table, sql) = NewCommand();
        var rows = command.CreateParameter();
        rows.ParameterName = sql.GenerateParameterName("rows");
        command.Parameters.Add(rows);
        var values = new List<string>();
        for (int i = 0, unpacked = 0; i < _properties.Count; i++)
        {
            if ((shared & (1L << i)) == 0)
            {
                values.Add($"r.value ->> {unpacked++}");
                continue;
            }

            var parameter = _properties[i].GetRelationalTypeMapping().CreateParameter(command, sql.GenerateParameterName($"c{i}"), null, _properties[i].IsNullable);
            command.Parameters.Add(parameter);
            values.Add(parameter.ParameterName);
        }

        var names = string.Join(", ", _properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)));
        var returning = _returning.Count == 0 ? "" : $" RETURNING {string.Join(", ", _returning.Select(r => sql.DelimitIdentifier(ColumnName(r, table))))}";
        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({names}) SELECT {string.Join(", ", values)} FROM json_each({rows.ParameterName}) AS r ORDER BY r.key{returning}";
        command.Prepare();
        return new Statement(command, 0, []);
    }

    private string ColumnName(string property, StoreObjectIdentifier table) => _db.Model.FindEntityType(typeof(TEntity))!.FindProperty(property)!.GetColumnName(table)!;

    private (DbCommand Command, StoreObjectIdentifier Table, ISqlGenerationHelper Sql) NewCommand()
    {
        var transaction = _db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException($"An insert of {typeof(TEntity).Name} rows needs the context's transaction.");
        var entityType = _db.Model.FindEntityType(typeof(TEntity))!;
        var command = _db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        if (_db.Database.GetCommandTimeout() is { } timeout)
        {
            command.CommandTimeout = timeout;
        }

        return (command, StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema()), _db.GetService<ISqlGenerationHelper>());
    }

    private Statement Prepare(int rows)
    {
        var (command, table, sql) = NewCommand();
        var entityType = _db.Model.FindEntityType(typeof(TEntity))!;
        var columns = _properties.Select(p => new Column(p.GetGetter(), p.GetRelationalTypeMapping().Converter)).ToArray();
        var values = new List<string>(rows);
        for (var row = 0; row < rows; row++)
        {
            var names = new string[_properties.Count];
            for (var i = 0; i < _properties.Count; i++)
            {
                var parameter = _properties[i].GetRelationalTypeMapping()
                    .CreateParameter(command, sql.GenerateParameterName($"p{(row * _properties.Count) + i}"), null, _properties[i].IsNullable);
                command.Parameters.Add(parameter);
                names[i] = parameter.ParameterName;
            }

            values.Add($"({string.Join(", ", names)})");
        }

        string ColumnName(string property) => sql.DelimitIdentifier(entityType.FindProperty(property)!.GetColumnName(table)!);
        var into = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", _properties.Select(p => ColumnName(p.Name)))})";

        // What each row gives back: SQLite (3.35+) and SQL Server each have their own clause for it, as EF itself uses.
        command.CommandText = _returning.Count == 0
            ? $"{into} VALUES {string.Join(", ", values)}"
            : _db.Database.IsSqlServer()
                ? $"{into} OUTPUT {string.Join(", ", _returning.Select(r => "INSERTED." + ColumnName(r)))} VALUES {string.Join(", ", values)}"
                : $"{into} VALUES {string.Join(", ", values)} RETURNING {string.Join(", ", _returning.Select(ColumnName))}";
        command.Prepare();
        return new Statement(command, rows, columns);
    }

    private sealed record Column(IClrPropertyGetter Getter, ValueConverter? Converter);

    private sealed record Statement(DbCommand Command, int Rows, Column[] Columns);
}
