using System.Text.Json.Serialization;

namespace Pathway.Support.Helpline;

/// <summary>What a call was, for the helpline's statistics.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CallCategory>))]
public enum CallCategory
{
    /// <summary>A caller reached an operator (or tried to).</summary>
    Incoming,

    /// <summary>An operator called out.</summary>
    OutgoingByOperator,

    /// <summary>The caller was served by the recorded helpline, no person.</summary>
    AutomatedHelpline,

    /// <summary>The call was sent on to another unit.</summary>
    Redirected,

    /// <summary>Not counted (internal calls, tests).</summary>
    Ignored,
}

/// <summary>Which column of a CDR row a rule looks at.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CallField>))]
public enum CallField
{
    DestinationContext,
    Channel,
    DestinationChannel,
    Destination,
    LastApplication,
}

/// <summary>
/// One line of an office's mapping: rows whose <see cref="Field"/> starts with <see cref="Prefix"/>
/// (letter case aside) make their call a <see cref="Category"/>. A call takes the category of the
/// first rule, in the mapping's order, that any of its rows matches; so a redirection is listed
/// before the incoming context it leaves from.
/// </summary>
public sealed record CallRule(CallField Field, string Prefix, CallCategory Category)
{
    public bool Matches(CallRecord row) => (Field switch
    {
        CallField.DestinationContext => row.DestinationContext,
        CallField.Channel => row.Channel,
        CallField.DestinationChannel => row.DestinationChannel,
        CallField.Destination => row.Destination,
        _ => row.LastApplication,
    }).StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);
}
