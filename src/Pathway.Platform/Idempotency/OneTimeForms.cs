using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Pathway.Platform.Identity;

namespace Pathway.Platform.Idempotency;

/// <summary>
/// One-time tokens for forms that create something, so a double click or a page sent again
/// creates one record. The token is the form's idempotency key in <see cref="IdempotencyStore"/>,
/// the same store the API's <c>Idempotency-Key</c> uses.
/// </summary>
public sealed class OneTimeForms(IHttpContextAccessor accessor, IdempotencyStore store)
{
    public const string FieldName = "_oneTimeToken";

    private string? token;

    /// <summary>Raised when the posted token has been used, so a form shown again gets a new one.</summary>
    public event EventHandler? Renewed;

    /// <summary>
    /// The token for the form on this page: the one it was posted with (so a page shown again after
    /// a mistake keeps it), or a new one.
    /// </summary>
    public string Token => token ??= Posted() ?? NewToken();

    public async Task<FormSubmission> ClaimAsync(CancellationToken cancellationToken = default)
    {
        var http = accessor.HttpContext;
        if (http is null || Posted() is not { } posted || http.User.GetUserId() is not { } caller)
        {
            return new FormSubmission.Unguarded();
        }

        // A page that stays after creating (a list with a form for the next one) must not send this token again.
        token = NewToken();
        Renewed?.Invoke(this, EventArgs.Empty);
        var key = $"form:{posted}";
        // The token is bound to its form's address: the same token sent to another form is not a repeat.
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"FORM\n{http.Request.Path}")));
        switch (await store.ClaimAsync(http.User.GetTenantId(), caller, key, fingerprint, cancellationToken))
        {
            case IdempotencyClaim.Won won:
                return new FormSubmission.First(won.RecordId);
            case IdempotencyClaim.Taken { Record: var first } when first.Fingerprint != fingerprint:
                return new FormSubmission.Repeat(null);
            case IdempotencyClaim.Taken { Record: var first }:
                var finished = first.IsCompleted ? first : await store.WaitForCompletionAsync(caller, key, IdempotencyMiddleware.Patience, cancellationToken);
                return new FormSubmission.Repeat(finished?.Location);
            default:
                throw new InvalidOperationException("Unknown claim.");
        }
    }

    /// <summary>
    /// Runs <paramref name="create"/> once for the posted token. <paramref name="resultAddress"/> says
    /// where a created result is shown (null when nothing was created, which frees the token). A
    /// repeat does not run it and gets the first submission's address instead, or null while the
    /// first still runs.
    /// </summary>
    public async Task<FormOnce<T>> RunOnceAsync<T>(Func<Task<T>> create, Func<T, string?> resultAddress, CancellationToken cancellationToken = default)
    {
        var submission = await ClaimAsync(cancellationToken);
        if (submission is FormSubmission.Repeat repeat)
        {
            return new FormOnce<T>.Repeated(repeat.Location);
        }

        T value;
        try
        {
            value = await create();
        }
        catch
        {
            await ReleaseAsync(submission);
            throw;
        }

        await (resultAddress(value) is { } address ? CompleteAsync(submission, address) : ReleaseAsync(submission));
        return new FormOnce<T>.Ran(value);
    }

    /// <summary>Remembers where the first submission's result is, for its repeats.</summary>
    public Task CompleteAsync(FormSubmission submission, string location) => submission is FormSubmission.First first
        ? store.CompleteAsync(first.RecordId, StatusCodes.Status303SeeOther, null, location, [], CancellationToken.None)
        : Task.CompletedTask;

    /// <summary>Frees the token when nothing was created (a refusal, a fault), so the corrected form can be sent with it.</summary>
    public Task ReleaseAsync(FormSubmission submission) => submission is FormSubmission.First first
        ? store.ReleaseAsync(first.RecordId)
        : Task.CompletedTask;

    private static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private string? Posted()
    {
        var request = accessor.HttpContext?.Request;
        if (request is null || !request.HasFormContentType)
        {
            return null;
        }

        var value = request.Form[FieldName].ToString();
        return value.Length == 32 && value.All(char.IsAsciiHexDigitLower) ? value : null;
    }
}
