using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CallCentre.Domain.Persistence;

/// <summary>
/// One parameterised, prepared INSERT of <typeparamref name="TEntity"/> on a context's open connection and current
/// transaction, executed once per row: for bulk writes that must not pay for change tracking (the deadline scan). The
/// table, the columns and each value's conversion and parameter type come from the EF model — every column EF would
/// insert, through the same type mapping — so a row is the row <c>SaveChanges</c> writes; the generated key is returned.
/// Bypasses interceptors: nothing written this way is audited or announced unless the caller does it.
/// </summary>
internal sealed class PreparedInsert<TEntity> : IAsyncDisposable
    where TEntity : class
{
    private readonly DbCommand _command;
    private readonly Column[] _columns;

    private PreparedInsert(DbCommand command, Column[] columns)
    {
        _command = command;
        _columns = columns;
    }

    /// <summary>Prepares the insert inside <paramref name="db"/>'s current transaction (one must have been begun).</summary>
    public static PreparedInsert<TEntity> Create(CallCentreDbContext db)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException($"An insert of {typeof(TEntity).Name} rows needs the context's transaction.");
        var entityType = db.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var key = entityType.FindPrimaryKey()!.Properties.Single();
        var properties = entityType.GetProperties().Where(p => p != key).ToList();
        if (properties.Any(p => p.IsShadowProperty() || p.ValueGenerated != ValueGenerated.Never))
        {
            // Such a column would be written differently from SaveChanges; this writer is only for plain entities.
            throw new InvalidOperationException($"{typeof(TEntity).Name} has generated or shadow columns besides its key.");
        }

        var sql = db.GetService<ISqlGenerationHelper>();
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction;
        if (db.Database.GetCommandTimeout() is { } timeout)
        {
            command.CommandTimeout = timeout;
        }

        var columns = new Column[properties.Count];
        for (var i = 0; i < properties.Count; i++)
        {
            var mapping = properties[i].GetRelationalTypeMapping();
            var parameter = mapping.CreateParameter(command, sql.GenerateParameterName("p" + i), null, properties[i].IsNullable);
            command.Parameters.Add(parameter);
            columns[i] = new Column(sql.DelimitIdentifier(properties[i].GetColumnName(table)!), parameter, properties[i].GetGetter(), mapping.Converter);
        }

        var names = string.Join(", ", columns.Select(c => c.Name));
        var values = string.Join(", ", columns.Select(c => c.Parameter.ParameterName));
        var tableName = sql.DelimitIdentifier(table.Name, table.Schema);
        var keyName = sql.DelimitIdentifier(key.GetColumnName(table)!);

        // The generated key back: SQLite (3.35+) and SQL Server each have their own clause for it, as EF itself uses.
        command.CommandText = db.Database.IsSqlServer()
            ? $"INSERT INTO {tableName} ({names}) OUTPUT INSERTED.{keyName} VALUES ({values})"
            : $"INSERT INTO {tableName} ({names}) VALUES ({values}) RETURNING {keyName}";
        command.Prepare();
        return new PreparedInsert<TEntity>(command, columns);
    }

    /// <summary>Inserts <paramref name="entity"/>'s values as one row and returns its generated key.</summary>
    public async Task<long> InsertAsync(TEntity entity, CancellationToken cancellationToken)
    {
        foreach (var column in _columns)
        {
            var value = column.Getter.GetClrValue(entity);
            column.Parameter.Value = (column.Converter is null ? value : column.Converter.ConvertToProvider(value)) ?? DBNull.Value;
        }

        var key = await _command.ExecuteScalarAsync(cancellationToken);
        return Convert.ToInt64(key, System.Globalization.CultureInfo.InvariantCulture);
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();

    private sealed record Column(string Name, DbParameter Parameter, IClrPropertyGetter Getter, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Converter);
}
