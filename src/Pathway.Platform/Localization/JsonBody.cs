using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Pathway.Platform.Localization;

/// <summary>
/// Reads a JSON request body by hand for the modules' endpoints, so that a missing body or a value
/// of the wrong type becomes an error on its field (the JSON path) in the caller's language rather
/// than the framework's bare 400. The messages are looked up in the module's own strings.
/// </summary>
public static class JsonBody
{
    public static bool IsJson(HttpRequest request) => request.HasJsonContentType();

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
        catch (JsonException e)
        {
            errors.Add(FieldOf(e.Path), "This is not valid JSON, or a value has the wrong type.");
            return null;
        }
    }

    /// <summary>
    /// A body that may be left out (a step that needs no words, such as accepting): no body at all
    /// reads as <paramref name="whenEmpty"/>; one that is sent is read as <see cref="ReadAsync{T}"/> reads it.
    /// </summary>
    public static async Task<T?> ReadOptionalAsync<T>(HttpRequest request, T whenEmpty, FieldErrors errors, CancellationToken cancellationToken)
        where T : class =>
        request.ContentLength is 0 || (request.ContentLength is null && !request.HasJsonContentType())
            ? whenEmpty
            : await ReadAsync<T>(request, errors, cancellationToken);

    /// <summary>"$.points[2].value" is the field points[2].value; the whole body is "body".</summary>
    private static string FieldOf(string? path) => path switch
    {
        null or "$" => "body",
        _ when path.StartsWith("$.", StringComparison.Ordinal) => path[2..],
        _ => path,
    };
}
