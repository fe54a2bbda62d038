using System.Text.Json.Serialization;

namespace Pathway.Support.Retention;

/// <summary>The kinds of record the retention rules end, each counted from a date of its own.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RetentionRecordType>))]
public enum RetentionRecordType
{
    /// <summary>Closed support cases, counted from the approved closure; anonymised, not deleted.</summary>
    ClosedCases,

    /// <summary>Gender-based-violence incidents, counted from the end of the month they were reported in.</summary>
    GbvIncidents,

    /// <summary>The helpline's call records, queue events and calls logged by hand, counted from the call.</summary>
    HelplineCalls,

    /// <summary>Family tracing requests that were closed (with or without a match), counted from the closing.</summary>
    TracingRequests,

    /// <summary>Break-glass openings of cases, counted from the end of the opening.</summary>
    BreakGlassOpenings,

    /// <summary>Interpreter requests, counted from the session's start.</summary>
    InterpreterRequests,
}

[JsonConverter(typeof(JsonStringEnumConverter<RetentionUnit>))]
public enum RetentionUnit
{
    Months,
    Years,
}

/// <summary>What happens to a record at the end of its period.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RetentionAction>))]
public enum RetentionAction
{
    /// <summary>The person can no longer be told from it; what the fund reports count stays.</summary>
    Anonymise,

    Delete,
}
