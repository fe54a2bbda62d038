namespace Pathway.Documents.Tests;

public sealed class MrzBatchTests
{
    private const string Td3Json =
        """{"format":"TD3","valid":true,"checkDigitsValid":true,"fields":{"documentCode":"P","issuingState":"UTO","documentNumber":"L898902C3","nationality":"UTO","birthDate":"740812","sex":"F","expiryDate":"120415","surname":"ERIKSSON","givenNames":"ANNA MARIA","personalNumber":"ZE184226B","optionalData1":"","optionalData2":""},"errors":[]}""";

    [Fact]
    public async Task ParseAsync_Td3Specimen_WritesExactShape()
    {
        var output = new StringWriter();

        var summary = await MrzBatch.ParseAsync(new StringReader(Specimens.Td3), output, TestContext.Current.CancellationToken);

        output.ToString().ShouldBe(Td3Json + Environment.NewLine);
        summary.ShouldBe(new MrzBatchSummary(1, 1));
    }

    [Fact]
    public async Task ParseAsync_DocumentsSeparatedByBlankLines_OneLinePerDocument()
    {
        var input = Specimens.Td3 + "\r\n\r\n  \n" + Specimens.Td1 + "\n\nnot an mrz at all\n\n" + Specimens.With(Specimens.Td2, 2, 10, '0') + "\n";
        var output = new StringWriter();

        var summary = await MrzBatch.ParseAsync(new StringReader(input), output, TestContext.Current.CancellationToken);

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        summary.ShouldBe(new MrzBatchSummary(4, 2));
        lines.Length.ShouldBe(4);
        lines[0].ShouldBe(Td3Json);
        lines[1].ShouldStartWith("""{"format":"TD1","valid":true,""");
        lines[2].ShouldBe(
            """{"format":null,"valid":false,"checkDigitsValid":false,"fields":{"documentCode":"","issuingState":"","documentNumber":"","nationality":"","birthDate":"","sex":"","expiryDate":"","surname":"","givenNames":"","personalNumber":"","optionalData1":"","optionalData2":""},"errors":[{"field":"format","message":"expected 3 lines of 30, 2 lines of 36 or 2 lines of 44 characters but found 1 line(s) of 13 characters"}]}""");
        lines[3].ShouldContain("""{"field":"documentNumber","message":"check digit 0 at line 2 position 10 does not match 7 computed for 'D23145890'"}""");
    }

    [Fact]
    public async Task ParseAsync_EmptyInput_WritesNothing()
    {
        var output = new StringWriter();

        var summary = await MrzBatch.ParseAsync(new StringReader("\n\n"), output, TestContext.Current.CancellationToken);

        summary.ShouldBe(new MrzBatchSummary(0, 0));
        output.ToString().ShouldBeEmpty();
    }

    [Fact]
    public async Task GenerateAsync_Requests_WritesBlocksSeparatedByBlankLine()
    {
        var input = string.Join('\n',
            """{"format":"TD3","fields":{"documentCode":"P","issuingState":"UTO","documentNumber":"L898902C3","nationality":"UTO","birthDate":"740812","sex":"F","expiryDate":"120415","surname":"Eriksson","givenNames":"Anna Maria","personalNumber":"ZE184226B"}}""",
            "",
            """{"format":"td1","fields":{"documentCode":"I","issuingState":"UKR","documentNumber":"AB1234567","nationality":"UKR","birthDate":"900101","sex":"M","expiryDate":"300101","surname":"Шевченко","givenNames":"Тарас"}}""");
        var output = new StringWriter();
        var errors = new StringWriter();

        var summary = await MrzBatch.GenerateAsync(new StringReader(input), output, errors, TestContext.Current.CancellationToken);

        summary.ShouldBe(new MrzBatchSummary(2, 2));
        errors.ToString().ShouldBeEmpty();
        var blocks = output.ToString().Replace(Environment.NewLine, "\n", StringComparison.Ordinal).TrimEnd('\n').Split("\n\n");
        blocks.Length.ShouldBe(2);
        blocks[0].ShouldBe(Specimens.Td3);
        blocks[1].Split('\n')[2].ShouldBe("SHEVCHENKO<<TARAS<<<<<<<<<<<<<");
        Mrz.Parse(blocks[1]).Valid.ShouldBeTrue();
    }

    [Fact]
    public async Task GenerateAsync_BadLines_ReportLineNumberAndGoOn()
    {
        var input = string.Join('\n',
            "{not json",
            """{"format":"TD4","fields":{}}""",
            """{"format":"TD3","fields":{"documentCode":"P","issuingState":"UTO","documentNumber":"L898902C3","nationality":"UTO","birthDate":740812,"sex":"F","expiryDate":"120415","surname":"Eriksson"}}""",
            """{"format":"TD3","fields":{"documentCode":"P","issuingState":"UTO","documentNumber":"L898902C3","nationality":"UTO","sex":"F","expiryDate":"120415","surname":"Eriksson"}}""",
            """{"format":"TD3","fields":{"documentCode":"P","issuingState":"UTO","documentNumber":"L898902C3","nationality":"UTO","birthDate":"740812","sex":"F","expiryDate":"120415","surname":"Eriksson"}}""");
        var output = new StringWriter();
        var errors = new StringWriter();

        var summary = await MrzBatch.GenerateAsync(new StringReader(input), output, errors, TestContext.Current.CancellationToken);

        summary.ShouldBe(new MrzBatchSummary(5, 1));
        var errorLines = errors.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        errorLines.Length.ShouldBe(4);
        errorLines[0].ShouldStartWith("""{"line":1,"errors":[{"field":"json","message":"not valid JSON""");
        errorLines[1].ShouldStartWith("""{"line":2,"errors":[{"field":"format",""");
        errorLines[2].ShouldBe("""{"line":3,"errors":[{"field":"birthDate","message":"must be a string, not 740812"}]}""");
        errorLines[3].ShouldBe("""{"line":4,"errors":[{"field":"birthDate","message":"birth date is required (YYMMDD)"}]}""");
        Mrz.Parse(output.ToString()).Valid.ShouldBeTrue();
    }
}
