using System.Globalization;
using System.Text;

namespace Pathway.Documents;

/// <summary>Writes machine-readable zones. Every problem with the data is collected, so a form can show them all at once.</summary>
internal sealed class MrzGenerator
{
    private readonly MrzFields fields;
    private readonly MrzFormat format;
    private readonly List<MrzError> errors = [];
    private readonly List<string> notes = [];

    private MrzGenerator(MrzFields fields, MrzFormat format)
    {
        this.fields = fields;
        this.format = format;
    }

    public static MrzGeneration Generate(MrzFields? fields, MrzFormat format)
    {
        if (fields is null)
        {
            return new MrzGeneration("", [new MrzError("fields", "no fields were given")], []);
        }

        if (!Enum.IsDefined(format))
        {
            return new MrzGeneration("", [new MrzError("format", string.Create(CultureInfo.InvariantCulture, $"'{(int)format}' is not an MRZ format"))], []);
        }

        return new MrzGenerator(fields, format).Write();
    }

    private MrzGeneration Write()
    {
        var lines = format switch
        {
            MrzFormat.TD1 => WriteTd1(),
            MrzFormat.TD2 => WriteTwoLines(nameWidth: 31, optionalLength: 7),
            MrzFormat.TD3 => WriteTwoLines(nameWidth: 39, optionalLength: 0),
            MrzFormat.MrvA => WriteTwoLines(nameWidth: 39, optionalLength: 16),
            MrzFormat.MrvB => WriteTwoLines(nameWidth: 31, optionalLength: 8),
        };

        return errors.Count > 0 ? new MrzGeneration("", errors, notes) : new MrzGeneration(string.Join('\n', lines), [], notes);
    }

    private string[] WriteTd1()
    {
        Absent("personalNumber", fields.PersonalNumber, "TD1 has no personal number field; use optionalData1 or optionalData2");
        var (number, numberCheck, optional1) = DocumentNumber(optionalLength: 15);
        var line1 = DocumentCode() + Code("issuingState", fields.IssuingState) + number + numberCheck + optional1;
        var birth = Date("birthDate", "birth date", fields.BirthDate);
        var expiry = Date("expiryDate", "expiry date", fields.ExpiryDate);
        var optional2 = Optional("optionalData2", fields.OptionalData2, 11);
        var line2 = birth + Digit(birth) + Sex() + expiry + Digit(expiry) + Code("nationality", fields.Nationality) + optional2;
        line2 += Digit(line1[5..30] + line2[..7] + line2[8..15] + line2[18..29]);
        return [line1, line2, Names(30)];
    }

    private string[] WriteTwoLines(int nameWidth, int optionalLength)
    {
        var line1 = DocumentCode() + Code("issuingState", fields.IssuingState) + Names(nameWidth);
        // Only TD2 continues long numbers into the optional data; visas have no room for them.
        var (number, numberCheck, optional) = format switch
        {
            MrzFormat.TD2 => DocumentNumber(optionalLength),
            MrzFormat.TD3 => ShortDocumentNumber(),
            _ => ShortDocumentNumber() with { Optional = Optional("optionalData1", fields.OptionalData1, optionalLength) },
        };
        var birth = Date("birthDate", "birth date", fields.BirthDate);
        var expiry = Date("expiryDate", "expiry date", fields.ExpiryDate);
        var line2 = number + numberCheck + Code("nationality", fields.Nationality) + birth + Digit(birth) + Sex() + expiry + Digit(expiry);
        if (format is MrzFormat.TD3)
        {
            Absent("optionalData1", fields.OptionalData1, "TD3 has no such field; use personalNumber");
            var personal = Optional("personalNumber", fields.PersonalNumber, 14);
            // The filler check digit says plainly that there is no personal number (ICAO 9303 Part 4).
            line2 += personal + (personal.All(c => c == '<') ? '<' : Digit(personal));
        }
        else
        {
            Absent("personalNumber", fields.PersonalNumber, $"{format} has no personal number field; use optionalData1");
            line2 += optional;
        }

        Absent("optionalData2", fields.OptionalData2, $"{format} has a single optional data field; use optionalData1");
        if (format is MrzFormat.TD2 or MrzFormat.TD3)
        {
            line2 += Digit(line2[..10] + line2[13..20] + line2[21..]);
        }

        return [line1, line2];
    }

    private string DocumentCode()
    {
        var code = Normalised(fields.DocumentCode);
        var visa = format is MrzFormat.MrvA or MrzFormat.MrvB;
        if (code.Length == 0)
        {
            errors.Add(new MrzError("documentCode", "document code is required"));
        }
        else if (code.Length > 2 || !char.IsAsciiLetterUpper(code[0]) || !code.All(CheckDigit.IsMrzCharacter))
        {
            errors.Add(new MrzError("documentCode", $"document code '{fields.DocumentCode}' must be one letter, optionally followed by a letter or digit"));
        }
        else if (visa != code.StartsWith('V'))
        {
            // Readers tell visas from documents of the same size by this letter alone.
            errors.Add(new MrzError("documentCode", visa
                ? $"a visa's document code starts with V, not '{code}'"
                : $"a document code starting with V marks a visa; use MrvA or MrvB for '{code}'"));
        }

        return Padded(code, 2);
    }

    private string Code(string field, string value)
    {
        var code = Normalised(value);
        var label = field == "issuingState" ? "issuing state" : "nationality";
        if (code.Length == 0)
        {
            errors.Add(new MrzError(field, $"{label} is required"));
        }
        else if (!CountryCodes.IsKnown(code))
        {
            errors.Add(new MrzError(field, $"{label} '{value}' is not a known ICAO 9303 code"));
        }

        return Padded(code.TrimEnd('<'), 3);
    }

    private (string Number, string Check, string Optional) ShortDocumentNumber()
    {
        var number = RequiredNumber();
        if (number.Length > 9)
        {
            errors.Add(new MrzError("documentNumber", $"document number '{number}' has {number.Length} characters; {format} holds at most 9"));
            number = number[..9];
        }

        var padded = Padded(number, 9);
        return (padded, Digit(padded).ToString(), "");
    }

    /// <summary>
    /// Numbers of more than nine characters: the first nine in the number field, a filler for its
    /// check digit, the rest and the check digit of the whole number opening the optional data,
    /// then a filler to end the number (ICAO 9303 Parts 5 and 6).
    /// </summary>
    private (string Number, string Check, string Optional) DocumentNumber(int optionalLength)
    {
        var number = RequiredNumber();
        var optional = Normalised(fields.OptionalData1);
        if (number.Length <= 9)
        {
            var padded = Padded(number, 9);
            return (padded, Digit(padded).ToString(), OptionalField("optionalData1", fields.OptionalData1, optional, optionalLength));
        }

        var continuation = number[9..];
        var room = optionalLength - continuation.Length - 2;
        if (room < 0)
        {
            errors.Add(new MrzError("documentNumber", string.Create(CultureInfo.InvariantCulture, $"document number '{number}' has {number.Length} characters; {format} holds at most {9 + optionalLength - 2}")));
            return (number[..9], "<", new string('<', optionalLength));
        }

        if (optional.Length > room)
        {
            errors.Add(new MrzError("optionalData1", string.Create(CultureInfo.InvariantCulture, $"optional data '{fields.OptionalData1}' has {optional.Length} characters; after the long document number {room} remain")));
        }

        var opening = continuation + Digit(LongDocumentNumberRule.Icao.Subject(number[..9], continuation)) + "<";
        return (number[..9], "<", Padded(opening + optional, optionalLength)[..optionalLength]);
    }

    private string RequiredNumber()
    {
        var number = Normalised(fields.DocumentNumber).TrimEnd('<');
        if (number.Length == 0)
        {
            errors.Add(new MrzError("documentNumber", "document number is required"));
        }
        else if (!number.All(CheckDigit.IsMrzCharacter))
        {
            errors.Add(new MrzError("documentNumber", $"document number '{fields.DocumentNumber}' may hold only A-Z and 0-9"));
        }

        return number;
    }

    private string Date(string field, string label, string value)
    {
        var date = Normalised(value);
        if (date.Length == 0)
        {
            errors.Add(new MrzError(field, $"{label} is required (YYMMDD)"));
        }
        else if (!MrzDates.IsWellFormed(date))
        {
            errors.Add(new MrzError(field, $"{label} '{value}' is not a date (YYMMDD)"));
        }

        return Padded(date, 6)[..6];
    }

    private char Sex()
    {
        switch (Normalised(fields.Sex))
        {
            case "M":
                return 'M';
            case "F":
                return 'F';
            case "" or "X" or "<":
                return '<';
            default:
                errors.Add(new MrzError("sex", $"sex '{fields.Sex}' must be M, F or X"));
                return '<';
        }
    }

    private string Optional(string field, string value, int length) =>
        OptionalField(field, value, Normalised(value), length);

    private string OptionalField(string field, string value, string normalised, int length)
    {
        if (normalised.Length > length)
        {
            errors.Add(new MrzError(field, string.Create(CultureInfo.InvariantCulture, $"'{value}' has {normalised.Length} characters; the field holds {length}")));
            return new string('<', length);
        }

        if (!normalised.All(CheckDigit.IsMrzCharacter))
        {
            errors.Add(new MrzError(field, $"'{value}' may hold only A-Z, 0-9 and spaces"));
        }

        return Padded(normalised, length);
    }

    private void Absent(string field, string value, string message)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new MrzError(field, message));
        }
    }

    /// <summary>
    /// The name field. When the names do not fit, given names are shortened first, because the
    /// surname is what documents are filed and searched by (ICAO 9303 Part 3, truncation of names).
    /// </summary>
    private string Names(int width)
    {
        var surname = Transliteration.ToMrz(fields.Surname);
        var given = Transliteration.ToMrz(fields.GivenNames);
        if (surname.Length == 0)
        {
            errors.Add(new MrzError("surname", string.IsNullOrWhiteSpace(fields.Surname)
                ? "surname is required"
                : $"surname '{fields.Surname}' has no letters that can be written in an MRZ"));
        }

        var full = given.Length == 0 ? surname : surname + "<<" + given;
        if (full.Length <= width)
        {
            return Padded(full, width);
        }

        if (surname.Length + 3 <= width && given.Length > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"given names shortened to fit the {width}-character name field"));
            var kept = given[..(width - surname.Length - 2)].TrimEnd('<');
            return Padded(surname + "<<" + kept, width);
        }

        notes.Add(given.Length > 0
            ? string.Create(CultureInfo.InvariantCulture, $"surname shortened and given names left out to fit the {width}-character name field")
            : string.Create(CultureInfo.InvariantCulture, $"surname shortened to fit the {width}-character name field"));
        return Padded(surname[..Math.Min(surname.Length, width)].TrimEnd('<'), width);
    }

    private static string Normalised(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "";
        }

        var result = new StringBuilder(value.Length);
        foreach (var c in value.Trim())
        {
            result.Append(c is ' ' or '-' ? '<' : char.ToUpperInvariant(c));
        }

        return result.ToString();
    }

    private static string Padded(string value, int width) => value.Length >= width ? value : value.PadRight(width, '<');

    // Invalid characters are already reported; the digit only has to keep the line the right length.
    private static char Digit(string subject) => CheckDigit.Compute(subject) ?? '<';
}
