using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Pathway.Cases.PaperFiles;

/// <summary>
/// Reads a GS1 EPCIS 2.0 document in its JSON-LD binding: "@context", "type": "EPCISDocument",
/// "schemaVersion": "2.0", "creationDate" and "epcisBody"."eventList". Each ObjectEvent gives one read
/// per EPC of its epcList; an event of another type, or one missing what an ObjectEvent must have,
/// becomes a problem kept with its JSON. Only a document that is not an EPCIS 2.0 document is refused.
/// </summary>
public static partial class EpcisDocumentReader
{
    private static readonly string[] Actions = ["ADD", "OBSERVE", "DELETE"];

    /// <summary>The batch, or null with the reason the whole document is refused.</summary>
    public static CaptureBatch? Read(string json, out string refusal)
    {
        refusal = "";
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            refusal = $"The body is not JSON: {e.Message}";
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                refusal = "An EPCIS document is a JSON object.";
                return null;
            }

            if (!root.TryGetProperty("@context", out _))
            {
                refusal = "An EPCIS 2.0 document has an \"@context\".";
                return null;
            }

            if (Text(root, "type") != "EPCISDocument")
            {
                refusal = "The document's type must be EPCISDocument.";
                return null;
            }

            if (Text(root, "schemaVersion") != "2.0")
            {
                refusal = "The document's schemaVersion must be \"2.0\".";
                return null;
            }

            if (!DateTimeOffset.TryParse(Text(root, "creationDate"), CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                refusal = "The document's creationDate must be a date and time.";
                return null;
            }

            if (!root.TryGetProperty("epcisBody", out var body) || body.ValueKind != JsonValueKind.Object
                || !body.TryGetProperty("eventList", out var events) || events.ValueKind != JsonValueKind.Array)
            {
                refusal = "The document needs an epcisBody with an eventList.";
                return null;
            }

            var reads = new List<ReadInput>();
            var problems = new List<InputProblem>();
            foreach (var item in events.EnumerateArray())
            {
                ReadEvent(item, reads, problems);
            }

            return new CaptureBatch(reads, problems);
        }
    }

    private static void ReadEvent(JsonElement item, List<ReadInput> reads, List<InputProblem> problems)
    {
        var raw = item.GetRawText();
        if (item.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new InputProblem(AnomalyKind.MalformedEvent, ReadSource.Epcis, "An event is a JSON object.", raw));
            return;
        }

        var eventId = Text(item, "eventID");
        var type = Text(item, "type");
        if (type != "ObjectEvent")
        {
            problems.Add(new InputProblem(AnomalyKind.UnsupportedEventType, ReadSource.Epcis, $"Unsupported event type: {type ?? "(none)"}.", raw, eventId));
            return;
        }

        if (Malformed(item, out var time, out var offset) is { } problem)
        {
            problems.Add(new InputProblem(AnomalyKind.MalformedEvent, ReadSource.Epcis, problem, raw, eventId));
            return;
        }

        var reader = Id(item, "readPoint") ?? Id(item, "bizLocation")!;
        var action = Text(item, "action")!;
        var bizStep = CbvText.BizStep(Text(item, "bizStep"));
        var disposition = CbvText.Disposition(Text(item, "disposition"));
        foreach (var epc in item.GetProperty("epcList").EnumerateArray())
        {
            reads.Add(new ReadInput(ReadSource.Epcis, epc.ValueKind == JsonValueKind.String ? epc.GetString()! : epc.GetRawText(), reader, time, offset, action, bizStep, disposition, eventId, null, raw));
        }
    }

    /// <summary>What keeps an ObjectEvent from being read, or null; the time and its offset when it can be.</summary>
    private static string? Malformed(JsonElement item, out DateTimeOffset time, out string offset)
    {
        offset = "";
        time = default;
        var timeText = Text(item, "eventTime");
        // EPCIS requires the offset in eventTime itself (Z or ±hh:mm): a time without one is not an instant.
        if (timeText is null || !HasOffset().IsMatch(timeText)
            || !DateTimeOffset.TryParse(timeText, CultureInfo.InvariantCulture, DateTimeStyles.None, out time))
        {
            return "The event's eventTime must be a date and time with its offset (Z or ±hh:mm).";
        }

        // Mandatory in EPCIS 2.0: the offset of the place where the event happened, which the time itself need not use.
        var zone = Text(item, "eventTimeZoneOffset");
        if (zone is null || !ZoneOffset().IsMatch(zone))
        {
            return "The event's eventTimeZoneOffset is required, written ±hh:mm.";
        }

        offset = zone;
        if (!Actions.Contains(Text(item, "action")))
        {
            return "An ObjectEvent's action must be ADD, OBSERVE or DELETE.";
        }

        if (!item.TryGetProperty("epcList", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return "The event has no epcList.";
        }

        return Id(item, "readPoint") is null && Id(item, "bizLocation") is null
            ? "The event names no readPoint: the reader that saw the tags is unknown."
            : null;
    }

    internal static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    private static string? Id(JsonElement item, string name) =>
        item.TryGetProperty(name, out var place) && place.ValueKind == JsonValueKind.Object ? Text(place, "id") : null;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    [GeneratedRegex(@"(Z|[+-]\d{2}:\d{2})$", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 100)]
    internal static partial Regex HasOffset();

    [GeneratedRegex(@"^[+-](0\d|1[0-4]):[0-5]\d$", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 100)]
    private static partial Regex ZoneOffset();
}
