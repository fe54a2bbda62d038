namespace Pathway.Platform.Idempotency;

/// <summary>What <see cref="OneTimeForms.RunOnceAsync"/> did with a form submission.</summary>
public abstract record FormOnce<T>
{
    private FormOnce()
    {
    }

    /// <summary>This submission was the first (or unguarded): here is what creating returned.</summary>
    public sealed record Ran(T Value) : FormOnce<T>;

    /// <summary>The form was sent before; <see cref="FirstAddress"/> shows its result, null while the first still runs.</summary>
    public sealed record Repeated(string? FirstAddress) : FormOnce<T>;
}
