using System.Text.Json;
using Pathway.Platform.ApiKeys;

namespace Pathway.Web.Tests;

/// <summary>The OpenAPI document behind /swagger: every operation says what it does, and the API-key sign-in is described.</summary>
public sealed class OpenApiDocumentTests(SqliteFactoryFixture fixture) : IClassFixture<SqliteFactoryFixture>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];

    [Fact]
    public async Task Document_EveryOperation_HasASummary()
    {
        using var root = await DocumentAsync();
        var missing = Operations(root.RootElement)
            .Where(o => !o.Operation.TryGetProperty("summary", out var summary) || string.IsNullOrWhiteSpace(summary.GetString()))
            .Select(o => $"{o.Method.ToUpperInvariant()} {o.Path}")
            .ToList();
        Operations(root.RootElement).Count().ShouldBeGreaterThan(20);
        missing.ShouldBeEmpty("operations without a summary (add WithSummary where the endpoint is mapped)");
    }

    [Fact]
    public async Task Document_ApiKeyScheme_IsDescribedAndReferencedByProtectedOperations()
    {
        using var root = await DocumentAsync();
        var scheme = root.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty(ApiKeyAuthenticationHandler.SchemeName);
        scheme.GetProperty("type").GetString().ShouldBe("apiKey");
        scheme.GetProperty("in").GetString().ShouldBe("header");
        scheme.GetProperty("name").GetString().ShouldBe("X-Api-Key");

        var operations = Operations(root.RootElement).ToDictionary(o => $"{o.Method.ToUpperInvariant()} {o.Path}", o => o.Operation);
        foreach (var secured in new[] { "GET /api/v1/persons", "GET /api/v1/audit", "POST /api/v1/audit/verify", "POST /api/v1/forecasts", "GET /api/v1/me" })
        {
            var requirement = operations[secured].GetProperty("security").EnumerateArray().Single();
            requirement.EnumerateObject().Select(p => p.Name).ShouldBe([ApiKeyAuthenticationHandler.SchemeName], secured);
        }
    }

    [Fact]
    public async Task Document_CreatingOperations_TakeAnOptionalIdempotencyKey()
    {
        using var root = await DocumentAsync();
        var operations = Operations(root.RootElement).ToDictionary(o => $"{o.Method.ToUpperInvariant()} {o.Path}", o => o.Operation);
        bool TakesKey(string operation) => operations[operation].TryGetProperty("parameters", out var parameters)
            && parameters.EnumerateArray().Any(p => p.GetProperty("name").GetString() == "Idempotency-Key" && p.GetProperty("in").GetString() == "header"
                && !(p.TryGetProperty("required", out var required) && required.GetBoolean()));
        foreach (var creating in new[] { "POST /api/v1/persons", "POST /api/v1/persons/{id}/documents", "POST /api/v1/analytics/series", "POST /api/v1/lost-stolen" })
        {
            TakesKey(creating).ShouldBeTrue(creating);
        }

        TakesKey("POST /api/v1/forecasts").ShouldBeFalse("a forecast creates nothing");
    }

    [Fact]
    public async Task Explorer_OffersTheDocument()
    {
        using var client = fixture.Factory.CreateClient();
        var page = await client.GetStringAsync("/swagger/index.html", TestContext.Current.CancellationToken);
        page.ShouldContain("Pathway API");
        var config = await client.GetStringAsync("/swagger/index.js", TestContext.Current.CancellationToken);
        config.ShouldContain("/openapi/v1.json");
    }

    private async Task<JsonDocument> DocumentAsync()
    {
        using var client = fixture.Factory.CreateClient();
        return JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));
    }

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(method => Methods.Contains(method.Name))
                .Select(method => (path.Name, method.Name, method.Value)));
}
