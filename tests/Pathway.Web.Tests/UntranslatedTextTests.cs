using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;
using Pathway.Platform.Tenancy;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>
/// Renders every page with every role that may open it, with the pseudo-locale of
/// <see cref="MarkingLocalizer"/>, and fails on any Latin text outside its marks: text written
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
                var path = route[4..].Replace("{Id:guid}", person.Id.ToString()).Replace("{Code:int}", "404");
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

    private static bool IsPage(string path) =>
        !path.StartsWith("/api/", StringComparison.Ordinal) && !path.StartsWith("/health", StringComparison.Ordinal)
        && !path.StartsWith("/openapi", StringComparison.Ordinal) && !path.StartsWith("/_framework", StringComparison.Ordinal)
        && !path.Contains("**", StringComparison.Ordinal) && path != "/branding.css";

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
            if (c == MarkingLocalizer.Open)
            {
                depth++;
            }
            else if (c == MarkingLocalizer.Close)
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
                || e.GetAttribute("lang") is { } lang && lang != page.DocumentElement.GetAttribute("lang"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The platform on SQLite with the pseudo-locale in place of the real localizer.</summary>
    public sealed class MarkedFactory : IAsyncLifetime
    {
        public PathwayFactory Factory { get; } = PathwayFactory.Sqlite(configureServices: services =>
            services.AddTransient<IStringLocalizer<Text>, MarkingLocalizer>());

        public ValueTask InitializeAsync()
        {
            _ = Factory.Server;
            return ValueTask.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            Factory.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
