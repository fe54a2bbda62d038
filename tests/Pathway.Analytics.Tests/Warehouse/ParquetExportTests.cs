using Parquet;
using Parquet.Meta;
using Parquet.Serialization;
using Pathway.Analytics.Warehouse;

namespace Pathway.Analytics.Tests.Warehouse;

/// <summary>The warehouse's tables as Parquet: the types analysts' tools read natively, nulls where a column is optional, a row group per page.</summary>
public sealed class ParquetExportTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async IAsyncEnumerable<IReadOnlyList<T>> Pages<T>(params IReadOnlyList<T>[] pages)
    {
        foreach (var page in pages)
        {
            await Task.Yield();
            yield return page;
        }
    }

    private static SchemaElement Element(FileMetaData metadata, string column) => metadata.Schema.Single(e => e.Name == column);

    private static ApplicationFact Decided() => new()
    {
        CaseId = Guid.NewGuid(), TenantId = Guid.NewGuid(), Version = 7, PersonKey = "0f1e2d3c4b5a69788796a5b4c3d2e1f0", OfficeId = Guid.NewGuid(),
        ApplicationType = "temporary-work", Permit = "TemporaryResidence", Purpose = "remunerated", Citizenship = "UKR", Sex = "F", AgeBand = "Y35-64",
        SubmittedOn = new DateOnly(2026, 3, 4), State = "Decided", Outcome = "Granted", DecidedOn = new DateOnly(2026, 5, 1), DecisionDueOn = new DateOnly(2026, 5, 4),
        FinalOn = new DateOnly(2026, 5, 16), AppealLodgedOn = null, SettledOn = new DateOnly(2026, 5, 1), ProcessingDays = 58, DecidedInTime = true,
    };

    private static ApplicationFact Waiting() => new()
    {
        CaseId = Guid.NewGuid(), TenantId = Guid.NewGuid(), Version = 1, PersonKey = "00112233445566778899aabbccddeeff", OfficeId = Guid.NewGuid(),
        ApplicationType = "studies", Permit = "TemporaryResidence", Purpose = "education", Citizenship = "TZA", Sex = "M", AgeBand = "Y18-34",
        SubmittedOn = new DateOnly(2026, 6, 30), State = "Registered",
    };

    [Fact]
    public async Task FactApplications_HaveTheDatabaseColumnsWithoutTheTenant_DaysAsDate_IntsBoolsAndTextTyped_OptionalWhereNullable()
    {
        using var stream = new MemoryStream();
        (await WarehouseTables.FactApplications.WriteAsync(Pages<ApplicationFact>([Decided(), Waiting()]), stream, null, Cancel)).ShouldBe(2);

        stream.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(stream, new ParquetOptions { UseDateOnlyTypeForDates = true }, cancellationToken: Cancel);
        reader.Schema.DataFields.Select(f => f.Name).ShouldBe([
            "CaseId", "Version", "PersonKey", "OfficeId", "ApplicationType", "Permit", "Purpose", "Citizenship", "Sex", "AgeBand", "SubmittedOn", "State",
            "Outcome", "DecidedOn", "DecisionDueOn", "FinalOn", "AppealLodgedOn", "SettledOn", "ProcessingDays", "DecidedInTime",
            "PermitValidFrom", "PermitValidUntil", "TemporaryProtection",
        ]);
        string[] optional = ["Outcome", "DecidedOn", "DecisionDueOn", "FinalOn", "AppealLodgedOn", "SettledOn", "ProcessingDays", "DecidedInTime",
            "PermitValidFrom", "PermitValidUntil", "TemporaryProtection"];
        foreach (var field in reader.Schema.DataFields)
        {
            field.IsNullable.ShouldBe(optional.Contains(field.Name), field.Name);
            Element(reader.Metadata!, field.Name).RepetitionType.ShouldBe(optional.Contains(field.Name) ? FieldRepetitionType.OPTIONAL : FieldRepetitionType.REQUIRED, field.Name);
        }

        var metadata = reader.Metadata!;
        foreach (var day in new[] { "SubmittedOn", "DecidedOn", "FinalOn", "SettledOn", "PermitValidFrom", "PermitValidUntil" })
        {
            Element(metadata, day).Type.ShouldBe(Parquet.Meta.Type.INT32, day);
            Element(metadata, day).LogicalType!.DATE.ShouldNotBeNull(day);
        }

        foreach (var text in new[] { "CaseId", "PersonKey", "State", "Outcome" })
        {
            Element(metadata, text).Type.ShouldBe(Parquet.Meta.Type.BYTE_ARRAY, text);
            Element(metadata, text).LogicalType!.STRING.ShouldNotBeNull(text);
        }

        Element(metadata, "Version").Type.ShouldBe(Parquet.Meta.Type.INT32);
        Element(metadata, "ProcessingDays").Type.ShouldBe(Parquet.Meta.Type.INT32);
        Element(metadata, "DecidedInTime").Type.ShouldBe(Parquet.Meta.Type.BOOLEAN);
        Element(metadata, "TemporaryProtection").Type.ShouldBe(Parquet.Meta.Type.BOOLEAN);

        stream.Position = 0;
        var read = await ParquetSerializer.DeserializeUntypedAsync(stream, new ParquetOptions { UseDateOnlyTypeForDates = true }, cancellationToken: Cancel);
        var decided = Decided();
        var first = read.Data[0];
        first["CaseId"].ShouldBeOfType<string>();
        first["Version"].ShouldBe(7);
        first["PersonKey"].ShouldBe(decided.PersonKey);
        first["SubmittedOn"].ShouldBe(new DateOnly(2026, 3, 4));
        first["Outcome"].ShouldBe("Granted");
        first["ProcessingDays"].ShouldBe(58);
        first["DecidedInTime"].ShouldBe(true);
        first.ContainsKey("TenantId").ShouldBeFalse();
        // An undecided case: its optional columns are nulls, not empty text, day zero or false.
        var second = read.Data[1];
        second["State"].ShouldBe("Registered");
        foreach (var column in optional)
        {
            second.GetValueOrDefault(column).ShouldBeNull(column);
        }
    }

    [Fact]
    public async Task CaseEvents_At_IsATimestampAdjustedToUtcInMicroseconds_EvenWhenTheDatabaseGaveItWithoutAKind()
    {
        var at = new DateTime(2026, 11, 2, 9, 15, 30, DateTimeKind.Unspecified).AddTicks(1_234_567);
        var step = new CaseEventFact
        {
            StepId = Guid.NewGuid(), TenantId = Guid.NewGuid(), CaseId = Guid.NewGuid(), OfficeId = Guid.NewGuid(), ApplicationType = "studies",
            Action = "register", FromState = "", ToState = "Registered", On = new DateOnly(2026, 11, 2), At = at,
        };
        using var stream = new MemoryStream();
        await WarehouseTables.FactCaseEvents.WriteAsync(Pages<CaseEventFact>([step]), stream, null, Cancel);

        stream.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: Cancel);
        var element = Element(reader.Metadata!, "At");
        element.Type.ShouldBe(Parquet.Meta.Type.INT64);
        element.LogicalType!.TIMESTAMP!.IsAdjustedToUTC.ShouldBeTrue();
        element.LogicalType.TIMESTAMP.Unit.MICROS.ShouldNotBeNull();
        reader.Schema.DataFields.Select(f => f.Name).ShouldBe(["StepId", "CaseId", "OfficeId", "ApplicationType", "Action", "FromState", "ToState", "On", "At"]);

        stream.Position = 0;
        var read = await ParquetSerializer.DeserializeUntypedAsync(stream, cancellationToken: Cancel);
        var value = (DateTime)read.Data[0]["At"]!;
        value.ToUniversalTime().ShouldBe(new DateTime(at.Ticks - (at.Ticks % 10), DateTimeKind.Utc));
        read.Data[0]["StepId"].ShouldBe(step.StepId.ToString());
    }

    [Fact]
    public async Task EachPage_IsARowGroup_AndAnEmptyTable_IsAFileWithItsColumnsAndNoRows()
    {
        using var paged = new MemoryStream();
        var progress = new List<long>();
        var written = await WarehouseTables.FactApplications.WriteAsync(Pages<ApplicationFact>([Decided(), Waiting()], [Waiting()], [Decided()]), paged,
            new SynchronousProgress(progress.Add), Cancel);
        written.ShouldBe(4);
        progress.ShouldBe([2, 3, 4]);
        paged.Position = 0;
        await using (var reader = await ParquetReader.CreateAsync(paged, cancellationToken: Cancel))
        {
            reader.RowGroupCount.ShouldBe(3);
            reader.Metadata!.NumRows.ShouldBe(4);
        }

        using var empty = new MemoryStream();
        (await WarehouseTables.DimCodes.WriteAsync(Pages<CodeDimension>(), empty, null, Cancel)).ShouldBe(0);
        empty.Position = 0;
        await using var none = await ParquetReader.CreateAsync(empty, cancellationToken: Cancel);
        none.RowGroupCount.ShouldBe(0);
        none.Schema.DataFields.Select(f => f.Name).ShouldBe(["Dimension", "Code", "Position"]);
    }

    [Fact]
    public void EveryTable_HasAKebabName_AndNoTenantColumn()
    {
        WarehouseTables.All.Select(t => t.Name).ShouldBe(["fact-applications", "fact-case-events", "fact-services", "fact-beneficiaries", "fact-calls", "fact-appointments", "fact-portal-use", "dim-dates", "dim-offices", "dim-application-types", "dim-codes"]);
        WarehouseTables.All.Select(t => t.Table).ShouldAllBe(t => t.StartsWith("Analytics_"));
        WarehouseTables.All.SelectMany(t => t.Schema.DataFields).ShouldAllBe(f => f.Name != "TenantId");
        WarehouseTables.Find("dim-codes").ShouldBeSameAs(WarehouseTables.DimCodes);
        WarehouseTables.Find("Dim-Codes").ShouldBeNull();
        WarehouseTables.Find("Analytics_DimCodes").ShouldBeNull();
    }

    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
