using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;

namespace Pathway.Platform.Idempotency;

/// <summary>
/// Honours <c>Idempotency-Key</c> on endpoints marked <see cref="IdempotentRequest"/>. It runs
/// after authorization, so keys belong to a known caller. The first request under a key runs;
/// a repeat gets its status, body and Location again (with <c>Idempotent-Replayed: true</c>);
/// a repeat while the first still runs waits up to <see cref="Patience"/> and then replays, or
/// answers 409; the same key with another request is refused with 422. A 5xx is not kept, so
/// a retry after a server fault can still succeed.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeaderName = "Idempotent-Replayed";
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public async Task InvokeAsync(HttpContext http, IdempotencyStore store, IStringLocalizer<Text> text)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<IdempotentRequest>() is null
            || !http.Request.Headers.TryGetValue(HeaderName, out var values)
            || http.User.GetUserId() is not { } caller)
        {
            await next(http);
            return;
        }

        var key = values.ToString();
        if (values.Count != 1 || key.Length is 0 or > IdempotencyStore.MaxKeyLength)
        {
            await TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                [HeaderName] = [text["Send one Idempotency-Key of 1 to {0} characters.", IdempotencyStore.MaxKeyLength]],
            }).ExecuteAsync(http);
            return;
        }

        var fingerprint = await FingerprintAsync(http.Request, http.RequestAborted);
        switch (await store.ClaimAsync(http.User.GetTenantId(), caller, key, fingerprint, http.RequestAborted))
        {
            case IdempotencyClaim.Won won:
                await RunFirstAsync(http, store, won.RecordId);
                return;
            case IdempotencyClaim.Taken { Record: var first } when first.Fingerprint != fingerprint:
                await Refuse(text["This Idempotency-Key was already used for another request. Send a new key with a new request."], StatusCodes.Status422UnprocessableEntity).ExecuteAsync(http);
                return;
            case IdempotencyClaim.Taken { Record: var first }:
                var finished = first.IsCompleted ? first : await store.WaitForCompletionAsync(caller, key, Patience, http.RequestAborted);
                await (finished is null
                    ? Refuse(text["A request with this Idempotency-Key is still in progress. Send it again in a moment."], StatusCodes.Status409Conflict).ExecuteAsync(http)
                    : ReplayAsync(http, finished));
                return;
        }
    }

    private async Task RunFirstAsync(HttpContext http, IdempotencyStore store, Guid recordId)
    {
        var original = http.Response.Body;
        await using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next(http);
        }
        catch
        {
            http.Response.Body = original;
            await store.ReleaseAsync(recordId);
            throw;
        }

        http.Response.Body = original;
        var status = http.Response.StatusCode;
        if (status >= 500)
        {
            await store.ReleaseAsync(recordId);
        }
        else
        {
            await store.CompleteAsync(recordId, status, http.Response.ContentType, http.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
                buffer.ToArray(), CancellationToken.None);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, http.RequestAborted);
    }

    private static async Task ReplayAsync(HttpContext http, IdempotencyRecord first)
    {
        http.Response.StatusCode = first.StatusCode!.Value;
        http.Response.ContentType = first.ContentType;
        if (first.Location is not null)
        {
            http.Response.Headers.Location = first.Location;
        }

        http.Response.Headers[ReplayedHeaderName] = "true";
        if (first.Body is { Length: > 0 } body)
        {
            await http.Response.Body.WriteAsync(body, http.RequestAborted);
        }
    }

    private static ProblemHttpResult Refuse(string title, int status) => TypedResults.Problem(title: title, statusCode: status);

    /// <summary>SHA-256 of method, path with query and body; the body stays readable for the endpoint.</summary>
    private static async Task<string> FingerprintAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method}\n{request.Path}{request.QueryString}\n"));
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            hash.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
