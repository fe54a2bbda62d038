using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Pathway.Documents;

/// <summary>The one-line JSON of the batch runners, written field by field so the shape is fixed whatever the records gain.</summary>
internal static class MrzJson
{
    // MRZ text is full of '<' and names hold apostrophes; the output is data, not HTML.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Result(MrzResult result) => Write(json =>
    {
        json.WriteStartObject();
        if (result.Format is { } format)
        {
            json.WriteString("format", MrzFormatNames.Of(format));
        }
        else
        {
            json.WriteNull("format");
        }

        json.WriteBoolean("valid", result.Valid);
        json.WriteBoolean("checkDigitsValid", result.CheckDigitsValid);
        json.WriteStartObject("fields");
        foreach (var (name, value) in Fields(result.Fields))
        {
            json.WriteString(name, value);
        }

        json.WriteEndObject();
        WriteErrors(json, result.Errors);
        json.WriteEndObject();
    });

    public static string LineErrors(int line, IReadOnlyList<MrzError> errors) => Write(json =>
    {
        json.WriteStartObject();
        json.WriteNumber("line", line);
        WriteErrors(json, errors);
        json.WriteEndObject();
    });

    /// <summary>The fields in the order and with the names of the JSON shape.</summary>
    public static IEnumerable<(string Name, string Value)> Fields(MrzFields fields) =>
    [
        ("documentCode", fields.DocumentCode),
        ("issuingState", fields.IssuingState),
        ("documentNumber", fields.DocumentNumber),
        ("nationality", fields.Nationality),
        ("birthDate", fields.BirthDate),
        ("sex", fields.Sex),
        ("expiryDate", fields.ExpiryDate),
        ("surname", fields.Surname),
        ("givenNames", fields.GivenNames),
        ("personalNumber", fields.PersonalNumber),
        ("optionalData1", fields.OptionalData1),
        ("optionalData2", fields.OptionalData2),
    ];

    /// <summary>A generate request: {"format":"TD3","fields":{...}}; field names match case-insensitively.</summary>
    public static (MrzFormat? Format, MrzFields Fields, IReadOnlyList<MrzError> Errors) Request(string line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException exception)
        {
            return (null, MrzFields.Empty, [new MrzError("json", $"not valid JSON: {exception.Message}")]);
        }

        using (document)
        {
            var errors = new List<MrzError>();
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, MrzFields.Empty, [new MrzError("json", "expected an object with \"format\" and \"fields\"")]);
            }

            MrzFormat? format = null;
            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (string.Equals(property.Name, "format", StringComparison.OrdinalIgnoreCase))
                {
                    format = property.Value.ValueKind == JsonValueKind.String ? MrzFormatNames.Parse(property.Value.GetString()) : null;
                    if (format is null)
                    {
                        errors.Add(new MrzError("format", $"{property.Value.GetRawText()} is not an MRZ format (TD1, TD2, TD3, MrvA, MrvB)"));
                    }
                }
                else if (string.Equals(property.Name, "fields", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.Object)
                {
                    ReadFields(property.Value, values, errors);
                }
            }

            if (format is null && errors.Count == 0)
            {
                errors.Add(new MrzError("format", "\"format\" is required (TD1, TD2, TD3, MrvA, MrvB)"));
            }

            return (format, Fields(values), errors);
        }
    }

    private static void ReadFields(JsonElement element, Dictionary<string, string> values, List<MrzError> errors)
    {
        var known = Fields(MrzFields.Empty).Select(f => f.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var field in element.EnumerateObject())
        {
            if (!known.Contains(field.Name))
            {
                errors.Add(new MrzError(field.Name, "is not an MRZ field"));
            }
            else if (field.Value.ValueKind == JsonValueKind.String)
            {
                values[field.Name] = field.Value.GetString() ?? "";
            }
            else if (field.Value.ValueKind != JsonValueKind.Null)
            {
                // A date written as a number has already lost its leading zero.
                errors.Add(new MrzError(field.Name, $"must be a string, not {field.Value.GetRawText()}"));
            }
        }
    }

    private static MrzFields Fields(Dictionary<string, string> values)
    {
        string Get(string name) => values.TryGetValue(name, out var value) ? value : "";
        return new MrzFields
        {
            DocumentCode = Get("documentCode"),
            IssuingState = Get("issuingState"),
            DocumentNumber = Get("documentNumber"),
            Nationality = Get("nationality"),
            BirthDate = Get("birthDate"),
            Sex = Get("sex"),
            ExpiryDate = Get("expiryDate"),
            Surname = Get("surname"),
            GivenNames = Get("givenNames"),
            PersonalNumber = Get("personalNumber"),
            OptionalData1 = Get("optionalData1"),
            OptionalData2 = Get("optionalData2"),
        };
    }

    private static void WriteErrors(Utf8JsonWriter json, IReadOnlyList<MrzError> errors)
    {
        json.WriteStartArray("errors");
        foreach (var error in errors)
        {
            json.WriteStartObject();
            json.WriteString("field", error.Field);
            json.WriteString("message", error.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
