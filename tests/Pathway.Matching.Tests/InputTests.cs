using System.Text;
using Pathway.Matching.Input;

namespace Pathway.Matching.Tests;

public sealed class InputTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("pathway-matching-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("given_name", FieldRole.GivenName)]
    [InlineData("First Name", FieldRole.GivenName)]
    [InlineData("surname", FieldRole.Surname)]
    [InlineData("LAST_NAME", FieldRole.Surname)]
    [InlineData("name", FieldRole.FullName)]
    [InlineData("dob", FieldRole.BirthDate)]
    [InlineData("date_of_birth", FieldRole.BirthDate)]
    [InlineData("birth_place", FieldRole.BirthPlace)]
    [InlineData("suburb", FieldRole.City)]
    [InlineData("postcode", FieldRole.Postcode)]
    [InlineData("address_1", FieldRole.Address)]
    [InlineData("street_number", FieldRole.Address)]
    [InlineData("e-mail", FieldRole.Email)]
    [InlineData("mobile", FieldRole.Phone)]
    [InlineData("soc_sec_id", FieldRole.DocumentNumber)]
    [InlineData("passport", FieldRole.DocumentNumber)]
    [InlineData("citizenship", FieldRole.Nationality)]
    [InlineData("gender", FieldRole.Sex)]
    [InlineData("cluster", FieldRole.Ignore)]
    [InlineData("state", FieldRole.Text)]
    public void FromHeader_KnownHeaders_DetectRole(string header, FieldRole role) =>
        RoleDetection.FromHeader(header).ShouldBe(role);

    [Fact]
    public void Resolve_Override_ReplacesDetectedRoleAndIgnores()
    {
        var (roles, error) = RoleDetection.Resolve("f.csv", ["id", "nom", "prenom", "state"], "id", ["nom=surname", "prenom=Given_Name", "state=ignore"]);
        error.ShouldBeNull();
        roles!.Select(r => r.Role).ShouldBe([FieldRole.Ignore, FieldRole.Surname, FieldRole.GivenName, FieldRole.Ignore]);
    }

    [Fact]
    public void Resolve_UnknownRole_IsTypedError()
    {
        var (_, error) = RoleDetection.Resolve("f.csv", ["id", "x"], "id", ["x=shoe size"]);
        error!.Kind.ShouldBe(InputErrorKind.UnknownRole);
    }

    [Fact]
    public void Parse_FebrlSpacing_TrimsAndKeepsLeadingZeros()
    {
        var (table, error) = CsvTable.Parse("f.csv", "rec_id, postcode, name\nr1, 0812, \"Smith, John\"\n"u8, null, TestContext.Current.CancellationToken);
        error.ShouldBeNull();
        table!.Columns[1][0].ShouldBe("0812");
        table.Columns[2][0].ShouldBe("Smith, John");
    }

    [Fact]
    public async Task Run_MissingIdColumn_ErrorNamesLineOne()
    {
        var error = await Fails("name,dob\nAnna,1990-01-02\n");
        error.Kind.ShouldBe(InputErrorKind.MissingIdColumn);
        error.Line.ShouldBe(1);
    }

    [Fact]
    public async Task Run_DuplicateId_ErrorNamesBothLines()
    {
        var error = await Fails("id,name\n1,Anna\n2,Ola\n1,Ewa\n");
        error.Kind.ShouldBe(InputErrorKind.DuplicateId);
        error.Line.ShouldBe(4);
        error.OtherLine.ShouldBe(2);
    }

    [Fact]
    public async Task Run_RaggedRow_ErrorNamesLine()
    {
        var error = await Fails("id,name,dob\n1,Anna,1990-01-02\n2,Ola\n");
        error.Kind.ShouldBe(InputErrorKind.RaggedRow);
        error.Line.ShouldBe(3);
    }

    [Fact]
    public async Task Run_InvalidUtf8_ErrorNamesLine()
    {
        var bytes = Encoding.UTF8.GetBytes("id,name\n1,Anna\n2,Ola\n").Concat(new byte[] { (byte)'3', (byte)',', 0xC3, 0x28, (byte)'\n' }).ToArray();
        var error = await Fails(bytes);
        error.Kind.ShouldBe(InputErrorKind.InvalidEncoding);
        error.Line.ShouldBe(4);
    }

    [Fact]
    public async Task Run_Failure_LeavesNoOutputFile()
    {
        await Fails("id,name\n1,Anna\n1,Ewa\n");
        Directory.GetFiles(folder).Where(f => !f.EndsWith("input.csv", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Run_Cancelled_LeavesNoOutputFile()
    {
        var input = Path.Combine(folder, "input.csv");
        await File.WriteAllTextAsync(input, "id,given_name,surname\n1,Anna,Nowak\n2,Anna,Nowak\n", TestContext.Current.CancellationToken);
        using var cancellation = new CancellationTokenSource();
        var progress = new CancelOn("writing", cancellation);
        await Should.ThrowAsync<OperationCanceledException>(() => DedupeJob.RunAsync(new DedupeOptions { InputPath = input, IdColumn = "id", OutputPath = Path.Combine(folder, "out.csv") }, progress, cancellation.Token));
        Directory.GetFiles(folder).Select(Path.GetFileName).ShouldBe(["input.csv"]);
    }

    [Fact]
    public async Task Run_SmallFile_WritesEveryRowAndLinksDuplicates()
    {
        var input = Path.Combine(folder, "input.csv");
        await File.WriteAllTextAsync(input, "id,given_name,surname,dob,city\n1,Taras,Szewczenko,1990-05-04,Lviv\n2,Taras,Shevchenko,1990-05-04,Lviv\n3,Olena,Kovalenko,1971-02-03,Kyiv\n4,Hall,Isla,1985-02-07,\n5,Isla,Hall,1985-02-07,Leeds\n", TestContext.Current.CancellationToken);
        var output = Path.Combine(folder, "out.csv");
        var outcome = await DedupeJob.RunAsync(new DedupeOptions { InputPath = input, IdColumn = "id", OutputPath = output, Explain = 2, Model = LinkageModel.Default }, null, TestContext.Current.CancellationToken);
        outcome.Succeeded.ShouldBeTrue();
        var clusters = File.ReadLines(output).Skip(1).Select(l => l.Split(',')).ToDictionary(f => f[0], f => f[1]);
        clusters.Count.ShouldBe(5);
        clusters["1"].ShouldBe(clusters["2"]);
        clusters["4"].ShouldBe(clusters["5"]);
        clusters["3"].ShouldNotBe(clusters["1"]);
        outcome.Report!.ClosestCalls.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Link_TwoFiles_WritesCrossPairsAboveThreshold()
    {
        var left = Path.Combine(folder, "left.csv");
        var right = Path.Combine(folder, "right.csv");
        await File.WriteAllTextAsync(left, "id,given_name,surname,dob\nL1,Taras,Szewczenko,1990-05-04\nL2,Olena,Kovalenko,1971-02-03\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(right, "id,given_name,surname,dob\nR1,Олена,Коваленко,1971-02-03\nR2,Piotr,Nowak,1960-01-12\n", TestContext.Current.CancellationToken);
        var output = Path.Combine(folder, "pairs.csv");
        var outcome = await LinkJob.RunAsync(new LinkOptions { LeftPath = left, RightPath = right, IdColumn = "id", OutputPath = output, Model = LinkageModel.Default }, null, TestContext.Current.CancellationToken);
        outcome.Succeeded.ShouldBeTrue();
        outcome.Report!.CandidatePairs.ShouldBeGreaterThan(0);
        var lines = File.ReadAllLines(output);
        lines[0].ShouldBe("left_id,right_id,match_probability");
        lines.Skip(1).Select(l => string.Join(',', l.Split(',')[..2])).ShouldBe(["L2,R1"]);
    }

    private async Task<InputError> Fails(string text) => await Fails(Encoding.UTF8.GetBytes(text));

    private async Task<InputError> Fails(byte[] bytes)
    {
        var input = Path.Combine(folder, "input.csv");
        await File.WriteAllBytesAsync(input, bytes, TestContext.Current.CancellationToken);
        var outcome = await DedupeJob.RunAsync(new DedupeOptions { InputPath = input, IdColumn = "id", OutputPath = Path.Combine(folder, "out.csv") }, null, TestContext.Current.CancellationToken);
        outcome.Succeeded.ShouldBeFalse();
        return outcome.Error!;
    }

    private sealed class CancelOn(string phase, CancellationTokenSource source) : IProgress<LinkageProgress>
    {
        public void Report(LinkageProgress value)
        {
            if (value.Phase == phase)
            {
                source.Cancel();
            }
        }
    }
}
