using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Pathway.Platform.Identity;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>Messages that used to reach every language in English: MRZ errors, password rules, malformed JSON.</summary>
public sealed partial class TranslatedMessagesTests(SqliteFactoryFixture fixture) : IClassFixture<SqliteFactoryFixture>
{
    private const string Td3WithWrongNumberDigit =
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" +
        "L898902C33UTO7408122F1204159ZE184226B<<<<<10";

    private static readonly HtmlParser Parser = new();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("ar")]
    [InlineData("uk")]
    [InlineData("zh-Hans")]
    public async Task ReadMrz_WrongCheckDigit_IsWordedInTheReadersLanguageWithTheZoneKeptLeftToRight(string language)
    {
        using var officer = await fixture.Factory.SignInAsync(Roles.CaseOfficer);
        using var response = await officer.PostFormAsync($"/{language}/staff/persons/new", "register-person",
            new Dictionary<string, string> { ["Input.Mrz"] = Td3WithWrongNumberDigit, ["Input.Step"] = "mrz" });
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync(Cancellation));

        var errors = page.QuerySelectorAll("#mrz-errors li").ToList();
        errors.ShouldNotBeEmpty();
        var texts = string.Join(" | ", errors.Select(e => e.InnerHtml));
        var number = errors.Where(e => e.QuerySelectorAll("bdi").Any(b => b.TextContent == "L898902C3")).ShouldHaveSingleItem(texts);
        number.TextContent.ShouldBe(ProblemDetails.Translation("{0}: the check digit at line {1}, position {2} is {3}, but {4} is computed for {5}.", language,
            ProblemDetails.Translation("Document number", language), 2, 10, "3", "6", "L898902C3"));
        number.QuerySelectorAll("bdi[dir=ltr]").Select(b => b.TextContent).ShouldBe(["3", "6", "L898902C3"], ignoreOrder: true);
        foreach (var error in errors)
        {
            LatinWord().IsMatch(error.TextContent).ShouldBeFalse($"English in a {language} MRZ error: {error.TextContent}");
        }
    }

    [Fact]
    public async Task Register_EmptyPassword_ListsEveryRuleInUkrainianWithoutCountedPlurals()
    {
        using var session = fixture.Factory.Session();
        using var response = await session.PostFormAsync("/uk/account/register", "register", new Dictionary<string, string>
        {
            ["Input.Name"] = "Олена Петренко",
            ["Input.Email"] = $"olena-{Guid.NewGuid():N}@example.org",
            ["Input.Password"] = "",
            ["Input.ConfirmPassword"] = "",
        });
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync(Cancellation));

        var errors = page.QuerySelectorAll(".errors li").Select(e => e.TextContent).ToList();
        errors.ShouldContain(ProblemDetails.Translation("The password has too few different characters (minimum: {0}).", "uk", 1));
        errors.ShouldContain(ProblemDetails.Translation("The password is too short (minimum number of characters: {0}).", "uk", 12));
        errors.ShouldAllBe(e => !LatinWord().IsMatch(e), string.Join(" | ", errors));
    }

    [Theory]
    [InlineData("/api/v1/persons")]
    [InlineData("/api/v1/persons/check")]
    [InlineData("/api/v1/admin/api-keys")]
    public async Task Api_MalformedJson_AnswersInTheRequestLanguage(string url)
    {
        var role = url.Contains("admin", StringComparison.Ordinal) ? Roles.Admin : Roles.CaseOfficer;
        using var session = await fixture.Factory.SignInAsync(role);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent("{\"surname\": ", Encoding.UTF8, "application/json") };
        request.Headers.AcceptLanguage.ParseAdd("pl");
        using var response = await session.Client.SendAsync(request, Cancellation);

        var errors = await ProblemDetails.ErrorsAsync(response);
        errors.ShouldContainKey("body");
        errors["body"].ShouldBe([ProblemDetails.Translation("This is not valid JSON, or a value has the wrong type.", "pl")]);
    }

    [Theory]
    [InlineData("pl")]
    [InlineData("ar")]
    public async Task PlatformSeriesAndTypes_AreNamedInTheReadersLanguage(string language)
    {
        using var supervisor = await fixture.Factory.SignInAsync(Roles.Supervisor);
        var forecasts = await supervisor.GetPageAsync($"/{language}/analytics/forecasts");
        var options = forecasts.QuerySelectorAll("#series option").Select(o => o.TextContent).ToList();
        options.ShouldContain(o => o.StartsWith(ProblemDetails.Translation("Applications: Temporary residence – work", language), StringComparison.Ordinal));
        options.ShouldContain(o => o.StartsWith(ProblemDetails.Translation("Helpline calls per day", language), StringComparison.Ordinal));
        options.ShouldAllBe(o => !o.StartsWith("Applications", StringComparison.Ordinal) && !o.StartsWith("Helpline", StringComparison.Ordinal));

        var workload = await supervisor.GetPageAsync($"/{language}/analytics/workload");
        var types = workload.QuerySelectorAll("tbody th[scope=row][id^=type-]").Select(t => t.TextContent.Trim()).ToList();
        types.ShouldContain(ProblemDetails.Translation("Temporary residence – work", language));
        types.ShouldAllBe(t => !t.StartsWith("applications.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RegistryCheck_InPolish_ShowsEvidenceAsWhatItMeans()
    {
        var person = await DemoRecords.PersonOfAsync(fixture.Factory, Pathway.Platform.Tenancy.OrganisationKind.OfficeUnit);
        var document = person.Documents[0];
        using var officer = await fixture.Factory.SignInAsync(Roles.CaseOfficer);
        using var response = await officer.PostFormAsync("/pl/staff/persons/new", "register-person", new Dictionary<string, string>
        {
            ["Input.Step"] = "check", ["Input.Surname"] = person.Surname, ["Input.GivenNames"] = person.GivenNames,
            ["Input.Sex"] = person.Sex == Pathway.People.Registry.Sex.Male ? "M" : "F",
            ["Input.BirthDate"] = person.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Citizenship"] = person.Citizenship, ["Input.DocumentKind"] = document.Kind.ToString(),
            ["Input.DocumentNumber"] = document.Number, ["Input.IssuingState"] = document.IssuingState,
        });
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync(Cancellation));

        var rows = page.QuerySelectorAll("table.evidence tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToList()).ToList();
        rows.ShouldNotBeEmpty("the same person registered again is a likely duplicate");
        var fields = rows.ToDictionary(r => r[0], r => r[1]);
        fields[ProblemDetails.Translation("Surname", "pl")].ShouldBe(ProblemDetails.Translation("the same", "pl"));
        fields[ProblemDetails.Translation("Date of birth", "pl")].ShouldBe(ProblemDetails.Translation("the same", "pl"));
        fields.Keys.ShouldNotContain("BirthDate");
        fields.Values.ShouldNotContain("exact");
    }

    // An English word; zone text (L898902C3) and codes (MRZ, ICAO, YYMMDD) are upper case and not words.
    [GeneratedRegex(@"\b[A-Za-z][a-z]{2,}\b")]
    private static partial Regex LatinWord();
}
