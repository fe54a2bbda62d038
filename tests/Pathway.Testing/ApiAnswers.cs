using System.Net;
using System.Text.Json;
using Xunit;

namespace Pathway.Testing;

/// <summary>Reading the platform's API answers in HTTP tests.</summary>
public static class ApiAnswers
{
    /// <summary>
    /// The answer's JSON once its status is the one expected (else the test fails showing the body);
    /// an empty body (204, say) is the default element.
    /// </summary>
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        if (response.StatusCode != status)
        {
            Assert.Fail(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Expected {(int)status} {status}, got {(int)response.StatusCode} {response.StatusCode}: {text}"));
        }

        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement;
    }
}
