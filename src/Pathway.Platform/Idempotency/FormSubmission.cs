namespace Pathway.Platform.Idempotency;

/// <summary>What a form's one-time token says about this submission.</summary>
public abstract record FormSubmission
{
    private FormSubmission()
    {
    }

    /// <summary>The form carried no token (or no one is signed in): nothing guards it.</summary>
    public sealed record Unguarded : FormSubmission;

    /// <summary>The first submission of this token: create, then complete it with where the result is, or release it.</summary>
    public sealed record First(Guid RecordId) : FormSubmission;

    /// <summary>The token was sent before; <see cref="Location"/> is where its result is, null while the first still runs.</summary>
    public sealed record Repeat(string? Location) : FormSubmission;
}
