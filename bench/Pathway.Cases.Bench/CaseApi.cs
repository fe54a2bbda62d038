using System.Net.Http.Json;
using System.Text.Json;

namespace Pathway.Cases.Bench;

/// <summary>The case API over one pooled HTTP client, authenticated with an API key.</summary>
internal sealed class CaseApi : IDisposable
{
    private readonly HttpClient client;

    public CaseApi(Uri baseAddress, string key, int connections)
    {
        client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
    }

    public async Task<(bool Ok, JsonElement Body)> GetAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(path, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return (response.IsSuccessStatusCode, body);
    }

    public async Task<(bool Ok, JsonElement Body)> PostAsync(string path, object body, CancellationToken cancellationToken)
    {
        using var response = await client.PostAsJsonAsync(path, body, cancellationToken);
        var answer = response.Content.Headers.ContentLength == 0 ? default : await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return (response.IsSuccessStatusCode, answer);
    }

    /// <summary>One queue page's items, for gathering real values to ask for.</summary>
    public async Task<List<JsonElement>> ItemsAsync(string query, CancellationToken cancellationToken)
    {
        var (ok, body) = await GetAsync("/api/v1/cases/?" + query, cancellationToken);
        return ok ? [.. body.GetProperty("items").EnumerateArray()] : throw new InvalidOperationException($"GET /api/v1/cases/?{query} failed: {body}");
    }

    public void Dispose() => client.Dispose();
}

/// <summary>The synthetic officers <c>pathway cases seed --officers N</c> spreads cases over.</summary>
internal static class SeededOfficers
{
    public static IReadOnlyList<Guid> Ids(int count) => [.. Enumerable.Range(0, count).Select(i => new Guid(i + 1, 0, 0, new byte[8]))];
}
