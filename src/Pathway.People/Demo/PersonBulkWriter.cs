using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Pathway.People.Registry;
using Pathway.Platform.Persistence;

namespace Pathway.People.Demo;

/// <summary>
/// Writes many persons fast, bypassing change tracking: binary COPY on PostgreSQL, one prepared
/// statement in large transactions on SQLite. For seeding and imports, not for single records.
/// </summary>
internal static class PersonBulkWriter
{
    private const int SqliteBatch = 50_000;

    public static async Task WriteAsync(PathwayDbContext db, IEnumerable<Person> persons, int count, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            if (connection is NpgsqlConnection npgsql)
            {
                await CopyAsync(npgsql, persons, count, progress, cancellationToken);
            }
            else
            {
                await InsertAsync((SqliteConnection)connection, persons, progress, cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task CopyAsync(NpgsqlConnection connection, IEnumerable<Person> persons, int count, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        // Documents wait in memory until the persons are in: a COPY holds the connection.
        var documents = new List<IdentityDocument>(count * 2);
        await using (var importer = await connection.BeginBinaryImportAsync(
            """COPY "People_Persons" ("Id","TenantId","OrganisationId","Surname","GivenNames","NativeSurname","NativeGivenNames","NativeScript","Sex","BirthDate","BirthPlace","Citizenship","RegisteredAt","SurnameKey","FullNameKey","NativeSurnameKey","NativeFullNameKey","SurnameSkeleton","GivenNamesSkeleton") FROM STDIN (FORMAT BINARY)""",
            cancellationToken))
        {
            long done = 0;
            foreach (var p in persons)
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(p.Id, NpgsqlDbType.Uuid, cancellationToken);
                await importer.WriteAsync(p.TenantId, NpgsqlDbType.Uuid, cancellationToken);
                await importer.WriteAsync(p.OrganisationId, NpgsqlDbType.Uuid, cancellationToken);
                await importer.WriteAsync(p.Surname, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(p.GivenNames, NpgsqlDbType.Varchar, cancellationToken);
                await WriteNullableAsync(importer, p.NativeSurname, cancellationToken);
                await WriteNullableAsync(importer, p.NativeGivenNames, cancellationToken);
                await WriteNullableAsync(importer, p.NativeScript, cancellationToken);
                await importer.WriteAsync((int)p.Sex, NpgsqlDbType.Integer, cancellationToken);
                await importer.WriteAsync(p.BirthDate, NpgsqlDbType.Date, cancellationToken);
                await WriteNullableAsync(importer, p.BirthPlace, cancellationToken);
                await importer.WriteAsync(p.Citizenship, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(p.RegisteredAt, NpgsqlDbType.TimestampTz, cancellationToken);
                await importer.WriteAsync(p.SurnameKey, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(p.FullNameKey, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(p.NativeSurnameKey, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(p.NativeFullNameKey, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(p.SurnameSkeleton, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(p.GivenNamesSkeleton, NpgsqlDbType.Varchar, cancellationToken);
                documents.AddRange(p.Documents);
                if (++done % 10_000 == 0)
                {
                    progress?.Report(done);
                }
            }

            await importer.CompleteAsync(cancellationToken);
            progress?.Report(done);
        }

        await using var documentImporter = await connection.BeginBinaryImportAsync(
            """COPY "People_Documents" ("Id","PersonId","TenantId","OrganisationId","Kind","Number","IssuingState","IssuedOn","ExpiresOn","SharedNumberReason") FROM STDIN (FORMAT BINARY)""",
            cancellationToken);
        foreach (var d in documents)
        {
            await documentImporter.StartRowAsync(cancellationToken);
            await documentImporter.WriteAsync(d.Id, NpgsqlDbType.Uuid, cancellationToken);
            await documentImporter.WriteAsync(d.PersonId, NpgsqlDbType.Uuid, cancellationToken);
            await documentImporter.WriteAsync(d.TenantId, NpgsqlDbType.Uuid, cancellationToken);
            await documentImporter.WriteAsync(d.OrganisationId, NpgsqlDbType.Uuid, cancellationToken);
            await documentImporter.WriteAsync((int)d.Kind, NpgsqlDbType.Integer, cancellationToken);
            await documentImporter.WriteAsync(d.Number, NpgsqlDbType.Varchar, cancellationToken);
            await documentImporter.WriteAsync(d.IssuingState, NpgsqlDbType.Varchar, cancellationToken);
            await WriteNullableAsync(documentImporter, d.IssuedOn, cancellationToken);
            await WriteNullableAsync(documentImporter, d.ExpiresOn, cancellationToken);
            await WriteNullableAsync(documentImporter, d.SharedNumberReason, cancellationToken);
        }

        await documentImporter.CompleteAsync(cancellationToken);
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter importer, string? value, CancellationToken cancellationToken) =>
        value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value, NpgsqlDbType.Varchar, cancellationToken);

    private static Task WriteNullableAsync(NpgsqlBinaryImporter importer, DateOnly? value, CancellationToken cancellationToken) =>
        value is null ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(value.Value, NpgsqlDbType.Date, cancellationToken);

    private static async Task InsertAsync(SqliteConnection connection, IEnumerable<Person> persons, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        await using var person = connection.CreateCommand();
        person.CommandText = """
            INSERT INTO "People_Persons" ("Id","TenantId","OrganisationId","Surname","GivenNames","NativeSurname","NativeGivenNames","NativeScript","Sex","BirthDate","BirthPlace","Citizenship","RegisteredAt","SurnameKey","FullNameKey","NativeSurnameKey","NativeFullNameKey","SurnameSkeleton","GivenNamesSkeleton")
            VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19)
            """;
        var p = Parameters(person, 19);
        await using var document = connection.CreateCommand();
        document.CommandText = """
            INSERT INTO "People_Documents" ("Id","PersonId","TenantId","OrganisationId","Kind","Number","IssuingState","IssuedOn","ExpiresOn","SharedNumberReason")
            VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)
            """;
        var d = Parameters(document, 10);

        long done = 0;
        DbTransaction? transaction = null;
        try
        {
            foreach (var row in persons)
            {
                if (transaction is null)
                {
                    transaction = await connection.BeginTransactionAsync(cancellationToken);
                    person.Transaction = (SqliteTransaction)transaction;
                    document.Transaction = (SqliteTransaction)transaction;
                }

                // The same text forms EF writes, so EF reads these rows back as its own.
                Set(p, Sqlite(row.Id), Sqlite(row.TenantId), Sqlite(row.OrganisationId), row.Surname, row.GivenNames, row.NativeSurname, row.NativeGivenNames, row.NativeScript,
                    (int)row.Sex, Sqlite(row.BirthDate), row.BirthPlace, row.Citizenship, Sqlite(row.RegisteredAt), row.SurnameKey, row.FullNameKey, row.NativeSurnameKey, row.NativeFullNameKey, row.SurnameSkeleton, row.GivenNamesSkeleton);
                await person.ExecuteNonQueryAsync(cancellationToken);
                foreach (var doc in row.Documents)
                {
                    Set(d, Sqlite(doc.Id), Sqlite(doc.PersonId), Sqlite(doc.TenantId), Sqlite(doc.OrganisationId), (int)doc.Kind, doc.Number, doc.IssuingState,
                        doc.IssuedOn is { } issued ? Sqlite(issued) : null, doc.ExpiresOn is { } expires ? Sqlite(expires) : null, doc.SharedNumberReason);
                    await document.ExecuteNonQueryAsync(cancellationToken);
                }

                if (++done % SqliteBatch == 0)
                {
                    await transaction.CommitAsync(cancellationToken);
                    await transaction.DisposeAsync();
                    transaction = null;
                    progress?.Report(done);
                }
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            progress?.Report(done);
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }
    }

    private static SqliteParameter[] Parameters(SqliteCommand command, int count)
    {
        var parameters = new SqliteParameter[count];
        for (var i = 0; i < count; i++)
        {
            parameters[i] = command.Parameters.Add(new SqliteParameter(string.Create(CultureInfo.InvariantCulture, $"${i + 1}"), null));
        }

        return parameters;
    }

    private static void Set(SqliteParameter[] parameters, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static string Sqlite(Guid value) => value.ToString().ToUpperInvariant();

    private static string Sqlite(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Sqlite(DateTime value) => value.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
}
