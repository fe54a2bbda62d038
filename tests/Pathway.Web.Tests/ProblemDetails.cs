using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Resources;
using System.Text.Json;

namespace Pathway.Web.Tests;

/// <summary>Requests in a chosen language and the validation problems that answer them.</summary>
internal static class ProblemDetails
{
    public static HttpRequestMessage Json(string url, object body, string language)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.AcceptLanguage.ParseAdd(language);
        return request;
    }

    public static HttpRequestMessage Get(string url, string language)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd(language);
        return request;
    }

    /// <summary>The errors of a 400 validation problem, per field.</summary>
    public static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        return JsonDocument.Parse(text).RootElement.GetProperty("errors").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(e => e.GetString()!).ToArray());
    }

    /// <summary>The title of a problem answer with the given status (the body is shown when the status differs).</summary>
    public static async Task<string> TitleAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        return JsonDocument.Parse(text).RootElement.GetProperty("title").GetString()!;
    }

    /// <summary>The translation of a UI string, with its arguments; fails when the language lacks it.</summary>
    public static string Translation(string key, string language, params object[] arguments)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        // A translation may equal the key ("{0}: {1}"); only a missing entry is a mistake.
        var translated = UiTexts.GetString(key, culture) ?? throw new InvalidOperationException($"'{key}' has no {language} translation.");
        return string.Format(culture, translated, arguments);
    }
}
