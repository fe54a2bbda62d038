using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Pathway.Platform.Localization;

namespace Pathway.Cases;

/// <summary>
/// Reads a JSON request body for the endpoints that take one by hand (to answer a wrong or missing
/// body with a field error in the caller's language rather than the framework's bare 400).
/// </summary>
internal static class JsonBody
{
    public static async Task<T?> ReadAsync<T>(HttpRequest request, FieldErrors errors, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            errors.Add("body", "Send a JSON object.");
            return null;
        }

        try
        {
            var body = await request.ReadFromJsonAsync<T>(cancellationToken);
            if (body is null)
            {
                errors.Add("body", "Send a JSON object.");
            }

            return body;
        }
        catch (JsonException)
        {
            errors.Add("body", "Send a JSON object.");
            return null;
        }
    }
}
