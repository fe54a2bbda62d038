using System.Net.Http.Json;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Pathway.Analytics.Series;
using Pathway.People.Duplicates;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;
using Pathway.Platform.Tenancy;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>
/// Renders every page with every role that may open it, with the pseudo-locale of
/// <see cref="MarkingLocalizerFactory"/>, and fails on any Latin text outside its marks: text written
/// into a page or message without the resources, or missing from one language's resources.
/// Data is exempt by markup, not by a list: elements with translate="no", &lt;bdi&gt;, form
/// values, and text marked as another language (lang="…"). The page title is not read: it
/// repeats the heading, and a person's name there cannot be marked.
/// The pages are in Ukrainian, so that dates and numbers formatted by the culture hold no Latin letters.
/// </summary>
public sealed class UntranslatedTextTests : IClassFixture<UntranslatedTextTests.MarkedFactory>
{
    private const string Language = "uk";
    private static readonly HtmlParser Parser = new();
    private static readonly string[] CheckedAttributes = ["title", "aria-label", "placeholder", "alt"];
    private static readonly string[] DataElements = ["SCRIPT", "STYLE", "BDI", "TEXTAREA", "NOSCRIPT", "TEMPLATE"];
    // The product's name is the same in every language.
    private const string ProductName = "Pathway";

    private readonly MarkedFactory fixture;

    public UntranslatedTextTests(MarkedFactory fixture) => this.fixture = fixture;

    [Fact]
    public async Task EveryPage_ForEveryRoleThatMayOpenIt_ShowsOnlyTextFromTheResources()
    {
        var factory = fixture.Factory;
        var person = await DemoRecords.PersonOfAsync(factory, OrganisationKind.OfficeUnit);
        var findings = new SortedSet<string>(StringComparer.Ordinal);
        var pages = RoleMatrixTests.Access
            .Where(row => row.Key.StartsWith("GET /", StringComparison.Ordinal) && IsPage(row.Key[4..]))
            .ToList();
        pages.ShouldNotBeEmpty();

        foreach (var who in (string[])[RoleMatrixTests.Anonymous, .. Roles.All])
        {
            using var session = factory.Session();
            if (who != RoleMatrixTests.Anonymous)
            {
                await session.SignInAsync(DemoAccounts.EmailOf(who), prefix: "/" + Language);
            }

            foreach (var (route, allowed) in pages.Where(p => p.Value.Contains(who)))
            {
                var path = route[4..].Replace("{Id:guid}", person.Id.ToString(), StringComparison.Ordinal).Replace("{Code:int}", "404", StringComparison.Ordinal)
                    .Replace("/cases/catalogue/{Code}", "/cases/catalogue/temporary-work", StringComparison.Ordinal)
                    .Replace("/portal/articles/{Slug}", "/portal/articles/pesel-number", StringComparison.Ordinal)
                    .Replace("{Language}", Language, StringComparison.Ordinal);
                using var response = await session.Client.GetAsync($"/{Language}{path}", TestContext.Current.CancellationToken);
                var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
                foreach (var text in Unmarked(page))
                {
                    findings.Add($"{path}: \"{text}\"");
                }
            }
        }

        findings.ShouldBeEmpty($"text not from the resources:{Environment.NewLine}{string.Join(Environment.NewLine, findings)}");
    }

    [Fact]
    public async Task ResultsAndReviewQueue_AsASupervisor_ShowOnlyTextFromTheResources()
    {
        var factory = fixture.Factory;
        var person = await DemoRecords.PersonOfAsync(factory, OrganisationKind.OfficeUnit);
        var document = person.Documents[0];
        using var supervisor = factory.Session();
        (await supervisor.SignInAsync(DemoAccounts.EmailOf(Roles.Supervisor))).Dispose();
        var cancellation = TestContext.Current.CancellationToken;
        // A document on a lost/stolen list and the scan's likely duplicates fill the review queue with both kinds of evidence.
        var csv = $"number,issuing_state,reported_on,source\n{document.Number},{document.IssuingState},2026-10-01,SLTD\n";
        (await supervisor.Client.PostAsync("/api/v1/lost-stolen", new StringContent(csv, Encoding.UTF8, "text/csv"), cancellation)).EnsureSuccessStatusCode();
        await factory.Service<IRegistryScan>().RunAsync(person.TenantId, "test", cancellationToken: cancellation);
        var series = (await supervisor.Client.GetFromJsonAsync<List<SeriesSummary>>("/api/v1/analytics/series", cancellation))!;

        var pages = new List<(string Name, IHtmlDocument Page)>
        {
            ("review queue", await supervisor.GetPageAsync($"/{Language}/staff/duplicates")),
            ("registry check", await PostAsync(supervisor.PostFormAsync($"/{Language}/staff/persons/new", "register-person", new Dictionary<string, string>
            {
                ["Input.Step"] = "check", ["Input.Surname"] = person.Surname, ["Input.GivenNames"] = person.GivenNames,
                ["Input.Sex"] = person.Sex == Pathway.People.Registry.Sex.Male ? "M" : "F", ["Input.BirthDate"] = person.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["Input.Citizenship"] = person.Citizenship, ["Input.DocumentKind"] = document.Kind.ToString(),
                ["Input.DocumentNumber"] = document.Number, ["Input.IssuingState"] = document.IssuingState,
            }))),
            ("MRZ errors", await PostAsync(supervisor.PostFormAsync($"/{Language}/staff/persons/new", "register-person", new Dictionary<string, string>
            {
                ["Input.Step"] = "mrz", ["Input.Mrz"] = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C33UTO7408122F1204159ZE184226B<<<<<10",
            }))),
        };
        foreach (var item in series)
        {
            pages.Add(($"forecast of {item.Key}", await supervisor.GetPageAsync($"/{Language}/analytics/forecasts?series={item.Id}&horizon=6")));
        }

        pages.Add(("workload plan", await PostAsync(PageForms.PostAsync(supervisor, $"/{Language}/analytics/workload", "plan-form", new Dictionary<string, string> { ["Input.Months"] = "6" }))));
        pages.Add(("staffing plan", await PostAsync(PageForms.PostAsync(supervisor, $"/{Language}/analytics/staffing", "staffing-form"))));
        pages.Add(("office hierarchy", await PostAsync(PageForms.PostAsync(supervisor, $"/{Language}/analytics/hierarchy", "hierarchy-form", new Dictionary<string, string> { ["Action"] = "office", ["Horizon"] = "6" }))));

        pages.Single(p => p.Name == "review queue").Page.QuerySelectorAll("table.evidence tbody tr").ShouldNotBeEmpty("the scan should have queued likely duplicates");
        pages.Single(p => p.Name == "review queue").Page.QuerySelectorAll("dl.facts dt").ShouldNotBeEmpty("the lost/stolen list should have queued a document signal");
        var findings = pages.SelectMany(p => Unmarked(p.Page).Select(text => $"{p.Name}: \"{text}\"")).Distinct().ToList();
        findings.ShouldBeEmpty($"text not from the resources:{Environment.NewLine}{string.Join(Environment.NewLine, findings)}");
    }

    [Fact]
    public async Task ACaseWorkedToADecision_ShowsItsClockTermsAndTimelineOnlyInTextFromTheResources()
    {
        var factory = fixture.Factory;
        using var supervisor = factory.Session();
        (await supervisor.SignInAsync(DemoAccounts.EmailOf(Roles.Supervisor))).Dispose();
        var cancellation = TestContext.Current.CancellationToken;
        var register = new HttpRequestMessage(HttpMethod.Post, "/api/v1/cases/")
        {
            Content = JsonContent.Create(new { applicationType = "temporary-work", surname = "Marchenko", givenNames = "Iryna", birthDate = "1991-02-03", citizenship = "UKR", submittedOn = "2026-11-02" }),
        };
        register.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var created = await supervisor.Client.SendAsync(register, cancellation);
        var number = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(cancellation)).GetProperty("number").GetString()!;
        (string Action, object Body)[] steps =
        [
            ("take", (object)new { }), ("start-formal-check", (object)new { }), ("formal-deficiency", (object)new { on = "2026-11-03", termDays = 7, reason = "photo" }),
            ("record-delivery", (object)new { firstPostalNoticeOn = "2026-11-04" }), ("cure-deficiency", (object)new { on = "2026-11-27" }),
            ("record-appearance", (object)new { on = "2026-11-27" }), ("suspend", (object)new { on = "2026-11-28", reason = "question" }), ("resume", (object)new { on = "2026-11-30" }),
            ("draft-decision", (object)new { outcome = "granted", reason = "met", permitValidFrom = DateOnly.FromDateTime(DateTime.Now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), permitValidUntil = DateOnly.FromDateTime(DateTime.Now).AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }), ("decide", (object)new { }),
        ];
        var version = 1;
        foreach (var (action, body) in steps)
        {
            var fields = System.Text.Json.JsonSerializer.SerializeToNode(body)!.AsObject();
            fields["version"] = version++;
            using var done = await supervisor.Client.PostAsync($"/api/v1/cases/{Uri.EscapeDataString(number)}/actions/{action}", JsonContent.Create(fields), cancellation);
            done.EnsureSuccessStatusCode();
        }

        var page = await supervisor.GetPageAsync($"/{Language}/cases/{Uri.EscapeDataString(number)}");
        var queue = await supervisor.GetPageAsync($"/{Language}/cases?q=Marchenko");

        page.QuerySelectorAll("#timeline tbody tr").Length.ShouldBe(steps.Length + 1);
        queue.QuerySelectorAll("table tbody tr").ShouldNotBeEmpty();
        var findings = Unmarked(page).Select(text => $"case page: \"{text}\"").Concat(Unmarked(queue).Select(text => $"queue: \"{text}\"")).Distinct().ToList();
        findings.ShouldBeEmpty($"text not from the resources:{Environment.NewLine}{string.Join(Environment.NewLine, findings)}");
    }

    [Fact]
    public async Task TheDemoMigrantsCases_OnTheirPagesTheStaffPageAndThePublicCheck_ShowOnlyTextFromTheResources()
    {
        var factory = fixture.Factory;
        var cancellation = TestContext.Current.CancellationToken;
        using var migrant = factory.Session();
        (await migrant.SignInAsync(DemoAccounts.EmailOf(Roles.Migrant), prefix: "/" + Language)).Dispose();
        using var supervisor = factory.Session();
        (await supervisor.SignInAsync(DemoAccounts.EmailOf(Roles.Supervisor), prefix: "/" + Language)).Dispose();
        using var anonymous = factory.Session();
        var me = await factory.UserIdAsync(DemoAccounts.EmailOf(Roles.Migrant));
        var numbers = new List<string>();
        var code = "";
        await factory.WithDbAsync(async db =>
        {
            numbers = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                db.Set<Pathway.Cases.Workflow.ResidenceCase>().Where(c => c.ApplicantUserId == me).Select(c => c.Number), cancellation);
            code = (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.Set<Pathway.Cases.Confirmations.StayConfirmation>(), cancellation)).Code;
        });
        foreach (var number in numbers)
        {
            var message = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/my/cases/{Uri.EscapeDataString(number)}/messages") { Content = JsonContent.Create(new { text = "Dzień dobry" }) };
            message.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            (await migrant.Client.SendAsync(message, cancellation)).EnsureSuccessStatusCode();
        }

        var pages = new List<(string Name, IHtmlDocument Page)>();
        foreach (var number in numbers)
        {
            pages.Add(($"my case {number}", await migrant.GetPageAsync($"/{Language}/my/cases/{Uri.EscapeDataString(number)}")));
            pages.Add(($"staff case {number}", await supervisor.GetPageAsync($"/{Language}/cases/{Uri.EscapeDataString(number)}")));
        }

        pages.Add(("public check", await anonymous.GetPageAsync($"/{Language}/verify/{code}")));

        numbers.Count.ShouldBe(2);
        pages.Select(p => p.Page.QuerySelector("#confirmation, #my-confirmation")).Count(e => e is not null).ShouldBe(2);
        var findings = pages.SelectMany(p => Unmarked(p.Page).Select(text => $"{p.Name}: \"{text}\"")).Distinct().ToList();
        findings.ShouldBeEmpty($"text not from the resources:{Environment.NewLine}{string.Join(Environment.NewLine, findings)}");
    }

    private static async Task<IHtmlDocument> PostAsync(Task<HttpResponseMessage> posting)
    {
        using var response = await posting;
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        return Parser.ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static bool IsPage(string path) =>
        !path.StartsWith("/api/", StringComparison.Ordinal) && !path.StartsWith("/health", StringComparison.Ordinal)
        && !path.StartsWith("/openapi", StringComparison.Ordinal) && !path.StartsWith("/_framework", StringComparison.Ordinal)
        && !path.Contains("**", StringComparison.Ordinal) && path != "/branding.css"
        && !path.EndsWith(".ics", StringComparison.Ordinal) // a calendar file, not a page
        && !path.EndsWith(".js", StringComparison.Ordinal); // a script library

    /// <summary>Runs of visible text and of user-facing attributes with Latin letters outside the marks.</summary>
    internal static IEnumerable<string> Unmarked(IHtmlDocument page)
    {
        // Marks can span elements (a translated sentence around an isolated value), so depth runs through the body in order.
        var depth = 0;
        var body = page.Body!;
        foreach (var node in body.GetDescendants().OfType<IText>())
        {
            var (runs, after) = Outside(node.Data, depth);
            depth = after;
            if (IsData(node.ParentElement, page))
            {
                continue;
            }

            foreach (var run in runs.Where(HasLatin))
            {
                yield return run;
            }
        }

        foreach (var element in body.GetDescendants().OfType<IElement>().Where(e => !IsData(e, page)))
        {
            foreach (var name in CheckedAttributes)
            {
                if (element.GetAttribute(name) is { } value)
                {
                    foreach (var run in Outside(value, 0).Runs.Where(HasLatin))
                    {
                        yield return $"{name}=\"{run}\"";
                    }
                }
            }
        }
    }

    private static (List<string> Runs, int Depth) Outside(string text, int depth)
    {
        var runs = new List<string>();
        var run = new StringBuilder();
        foreach (var c in text)
        {
            if (c == MarkingLocalizerFactory.Open)
            {
                depth++;
            }
            else if (c == MarkingLocalizerFactory.Close)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0)
            {
                run.Append(c);
                continue;
            }

            if (run.ToString().Trim().Length > 0)
            {
                runs.Add(run.ToString().Trim());
            }

            run.Clear();
        }

        if (run.ToString().Trim().Length > 0)
        {
            runs.Add(run.ToString().Trim());
        }

        return (runs, depth);
    }

    private static bool HasLatin(string run) =>
        run.Replace(ProductName, "", StringComparison.Ordinal).Any(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z');

    private static bool IsData(IElement? element, IHtmlDocument page)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (DataElements.Contains(e.TagName, StringComparer.OrdinalIgnoreCase)
                || e.GetAttribute("translate") == "no"
                // Content from the database (an editor's or translator's text) is data, whatever its language.
                || e.HasAttribute("data-content")
                || e.GetAttribute("lang") is { } lang && lang != page.DocumentElement.GetAttribute("lang"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The platform on SQLite with the pseudo-locale in place of the real localizer.</summary>
    public sealed class MarkedFactory() : SqliteFactoryFixture(services =>
    {
        services.AddSingleton<ResourceManagerStringLocalizerFactory>();
        services.AddSingleton<IStringLocalizerFactory, MarkingLocalizerFactory>();
    });
}
