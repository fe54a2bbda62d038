using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>What the portal's HTTP tests do over and over: publish an item, read an answer, its id and version.</summary>
internal static class PortalApi
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A new item written in Polish, its source published at once.</summary>
    public static async Task<JsonElement> PublishAsync(WebSession editor, string kind, string slug, string title, string body)
    {
        var item = await OkAsync(await editor.Client.PostAsJsonAsync("/api/v1/portal/content/", new { kind, slug, sourceLanguage = "pl", title, body }, Cancel), HttpStatusCode.Created);
        return await OkAsync(await editor.Client.PostAsJsonAsync($"/api/v1/portal/content/{Id(item)}/translations/pl/publish", new { version = Version(item) }, Cancel));
    }

    /// <summary>The answer's JSON, after checking its status (the body is the message when it differs).</summary>
    public static async Task<JsonElement> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using (response)
        {
            response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync(Cancel));
            return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        }
    }

    public static string Id(JsonElement item) => item.GetProperty("id").GetString()!;

    public static int Version(JsonElement item) => item.GetProperty("version").GetInt32();
}
