namespace Pathway.Support.Helpline;

/// <summary>One line of an office's call mapping, as kept: <see cref="CallRule"/> with its place in the list.</summary>
public sealed class CategoryRule
{
    public const int MaxPrefixLength = 80;
    public const int MaxRules = 50;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public int Position { get; init; }
    public CallField Field { get; init; }
    public required string Prefix { get; init; }
    public CallCategory Category { get; init; }

    public CallRule ToRule() => new(Field, Prefix, Category);
}

/// <summary>
/// The mapping an office starts with until it saves its own: the contexts a FreePBX-style dial plan
/// uses (calls from the network arrive in from-trunk or from-pstn, operators dial out from
/// from-internal, IVR menus are ivr-…), and redirect… for a hand-over to another unit, listed
/// first because a redirected call also passed through the incoming context.
/// </summary>
public static class DefaultCallRules
{
    public static readonly IReadOnlyList<CallRule> Rules =
    [
        new(CallField.DestinationContext, "redirect", CallCategory.Redirected),
        new(CallField.DestinationContext, "ivr", CallCategory.AutomatedHelpline),
        new(CallField.DestinationContext, "from-trunk", CallCategory.Incoming),
        new(CallField.DestinationContext, "from-pstn", CallCategory.Incoming),
        new(CallField.DestinationContext, "from-internal", CallCategory.OutgoingByOperator),
    ];
}
