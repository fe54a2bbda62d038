using System.Globalization;
namespace Pathway.Documents;

/// <summary>Reads the fields of machine-readable zone lines whose layout is known. Positions are 1-based as in ICAO 9303.</summary>
internal sealed class MrzParser
{
    private readonly MrzFormat format;
    private readonly IReadOnlyList<string> lines;
    private readonly List<MrzError> errors;
    private readonly List<string> appliedRules = [];
    private bool checkDigitsValid = true;

    private MrzParser(MrzFormat format, IReadOnlyList<string> lines, IEnumerable<MrzError> scanErrors)
    {
        this.format = format;
        this.lines = lines;
        errors = [.. scanErrors];
    }

    public static MrzResult Parse(string? text)
    {
        var scan = MrzScanner.Scan(text);
        if (scan.Format is not { } format)
        {
            return new MrzResult(null, false, false, MrzFields.Empty, scan.Errors, []);
        }

        return new MrzParser(format, scan.Lines, scan.Errors).Read();
    }

    private MrzResult Read()
    {
        var fields = format switch
        {
            MrzFormat.TD1 => ReadTd1(),
            MrzFormat.TD2 => ReadTwoLines(nameWidth: 31, personalNumber: false, optionalLength: 7, composite: true),
            MrzFormat.TD3 => ReadTwoLines(nameWidth: 39, personalNumber: true, optionalLength: 0, composite: true),
            MrzFormat.MrvA => ReadTwoLines(nameWidth: 39, personalNumber: false, optionalLength: 16, composite: false),
            MrzFormat.MrvB => ReadTwoLines(nameWidth: 31, personalNumber: false, optionalLength: 8, composite: false),
        };

        return new MrzResult(format, errors.Count == 0, checkDigitsValid, fields, errors, appliedRules);
    }

    private MrzFields ReadTd1()
    {
        var (number, optional1) = ReadDocumentNumber(line: 1, numberAt: 6, checkAt: 15, optionalAt: 16, optionalLength: 15);
        var (surname, givenNames) = ReadNames(3, 1, 30);
        var fields = new MrzFields
        {
            DocumentCode = Trimmed(1, 1, 2),
            IssuingState = ReadCode("issuingState", 1, 3),
            DocumentNumber = number,
            OptionalData1 = optional1,
            BirthDate = ReadDate("birthDate", "birth date", 2, 1, checkAt: 7),
            Sex = ReadSex(2, 8),
            ExpiryDate = ReadDate("expiryDate", "expiry date", 2, 9, checkAt: 15),
            Nationality = ReadCode("nationality", 2, 16),
            OptionalData2 = Trimmed(2, 19, 11),
            Surname = surname,
            GivenNames = givenNames,
        };

        Check("compositeCheckDigit", Take(1, 6, 25) + Take(2, 1, 7) + Take(2, 9, 7) + Take(2, 19, 11), 2, 30);
        return fields;
    }

    // TD2, TD3 and both visas share line 2 up to position 28; they differ in what follows.
    private MrzFields ReadTwoLines(int nameWidth, bool personalNumber, int optionalLength, bool composite)
    {
        var (number, optional) = optionalLength > 0
            ? ReadDocumentNumber(line: 2, numberAt: 1, checkAt: 10, optionalAt: 29, optionalLength: optionalLength)
            : (ReadShortDocumentNumber(), "");
        var (surname, givenNames) = ReadNames(1, 6, nameWidth);
        var fields = new MrzFields
        {
            DocumentCode = Trimmed(1, 1, 2),
            IssuingState = ReadCode("issuingState", 1, 3),
            Surname = surname,
            GivenNames = givenNames,
            DocumentNumber = number,
            Nationality = ReadCode("nationality", 2, 11),
            BirthDate = ReadDate("birthDate", "birth date", 2, 14, checkAt: 20),
            Sex = ReadSex(2, 21),
            ExpiryDate = ReadDate("expiryDate", "expiry date", 2, 22, checkAt: 28),
            PersonalNumber = personalNumber ? ReadPersonalNumber() : "",
            OptionalData1 = optional,
        };

        if (composite)
        {
            var width = lines[1].Length;
            Check("compositeCheckDigit", Take(2, 1, 10) + Take(2, 14, 7) + Take(2, 22, width - 22), 2, width);
        }

        return fields;
    }

    private string ReadShortDocumentNumber()
    {
        var number = Take(2, 1, 9);
        Check("documentNumber", number, 2, 10);
        return number.TrimEnd('<');
    }

    /// <summary>
    /// The document number, continued into the optional data when its check digit position holds
    /// a filler (TD1 and TD2 numbers longer than nine characters), and what remains of the optional data.
    /// </summary>
    private (string Number, string Optional) ReadDocumentNumber(int line, int numberAt, int checkAt, int optionalAt, int optionalLength)
    {
        var head = Take(line, numberAt, 9);
        var optional = Take(line, optionalAt, optionalLength);
        var isLong = At(line, checkAt) == '<' && optional[0] != '<' && format is MrzFormat.TD1 or MrzFormat.TD2;
        if (!isLong)
        {
            Check("documentNumber", head, line, checkAt);
            return (head.TrimEnd('<'), optional.TrimEnd('<'));
        }

        var runLength = optional.IndexOf('<', StringComparison.Ordinal) is var filler && filler >= 0 ? filler : optional.Length;
        var continuation = optional[..(runLength - 1)];
        var digitAt = optionalAt + runLength - 1;
        CheckLongDocumentNumber(head, continuation, line, digitAt);
        var rest = runLength + 1 < optional.Length ? optional[(runLength + 1)..] : "";
        return (head.TrimEnd('<') + continuation, rest.TrimEnd('<'));
    }

    private void CheckLongDocumentNumber(string head, string continuation, int line, int digitAt)
    {
        var written = At(line, digitAt);
        var icao = LongDocumentNumberRule.Icao.Subject(head, continuation);
        var computed = CheckDigit.Compute(icao);
        if (computed == written)
        {
            return;
        }

        var variant = LongDocumentNumberRule.NationalVariants
            .FirstOrDefault(rule => rule.Formats.Contains(format) && CheckDigit.Compute(rule.Subject(head, continuation)) == written);
        if (variant is not null)
        {
            appliedRules.Add(variant.Name);
            return;
        }

        checkDigitsValid = false;
        var mismatch = Mismatch("documentNumber", written, line, digitAt, computed, icao);
        errors.Add(mismatch with
        {
            Message = mismatch.Message + " (long document number; no known national variant fits either)",
            Kind = mismatch.Kind == MrzErrorKind.CheckDigitMismatch ? MrzErrorKind.LongDocumentNumberMismatch : mismatch.Kind,
        });
    }

    private string ReadPersonalNumber()
    {
        var number = Take(2, 29, 14);
        // ICAO 9303 lets the check digit be a filler when there is no personal number.
        if (!(At(2, 43) == '<' && number.All(c => c == '<')))
        {
            Check("personalNumber", number, 2, 43);
        }

        return number.TrimEnd('<');
    }

    private string ReadDate(string field, string label, int line, int position, int checkAt)
    {
        var date = Take(line, position, 6);
        Check(field, date, line, checkAt);
        if (date.All(CheckDigit.IsMrzCharacter) && !MrzDates.IsWellFormed(date))
        {
            errors.Add(new MrzError(field, string.Create(CultureInfo.InvariantCulture, $"{label} '{date}' at line {line} position {position} is not a date (YYMMDD)"))
            {
                Kind = MrzErrorKind.NotADate,
                Line = line,
                Position = position,
                Found = date,
            });
        }

        return date;
    }

    private string ReadSex(int line, int position)
    {
        var sex = At(line, position);
        switch (sex)
        {
            case 'M' or 'F' or 'X':
                return sex.ToString();
            case '<':
                return "X";
            default:
                errors.Add(new MrzError("sex", string.Create(CultureInfo.InvariantCulture, $"sex '{sex}' at line {line} position {position} is not M, F, X or '<'"))
                {
                    Kind = MrzErrorKind.InvalidSex,
                    Line = line,
                    Position = position,
                    Found = sex.ToString(),
                });
                return sex.ToString();
        }
    }

    private string ReadCode(string field, int line, int position)
    {
        var code = Take(line, position, 3);
        var trimmed = code.TrimEnd('<');
        if (!CountryCodes.IsKnown(code))
        {
            var label = field == "issuingState" ? "issuing state" : "nationality";
            errors.Add(new MrzError(field, string.Create(CultureInfo.InvariantCulture, $"{label} '{code}' at line {line} position {position} is not a known ICAO 9303 code"))
            {
                Kind = MrzErrorKind.UnknownCode,
                Line = line,
                Position = position,
                Found = code,
            });
        }

        return trimmed;
    }

    /// <summary>Surname and given names: "&lt;&lt;" separates them, single fillers stand for spaces.</summary>
    private (string Surname, string GivenNames) ReadNames(int line, int position, int width)
    {
        var names = Take(line, position, width).TrimEnd('<');
        var separator = names.IndexOf("<<", StringComparison.Ordinal);
        return separator < 0
            ? (Spaced(names), "")
            : (Spaced(names[..separator]), Spaced(names[(separator + 2)..]));
    }

    private static string Spaced(string part) =>
        string.Join(' ', part.Split('<', StringSplitOptions.RemoveEmptyEntries));

    private void Check(string field, string subject, int line, int position)
    {
        var written = At(line, position);
        var computed = CheckDigit.Compute(subject);
        if (computed == written)
        {
            return;
        }

        checkDigitsValid = false;
        errors.Add(Mismatch(field, written, line, position, computed, subject));
    }

    private static MrzError Mismatch(string field, char written, int line, int position, char? computed, string subject) =>
        computed is null
            ? new(field, string.Create(CultureInfo.InvariantCulture, $"check digit {written} at line {line} position {position} cannot be verified: '{subject}' holds characters outside A-Z, 0-9 and '<'"))
            {
                Kind = MrzErrorKind.CheckDigitUnverifiable,
                Line = line,
                Position = position,
                Found = written.ToString(),
                Subject = subject,
            }
            : new(field, string.Create(CultureInfo.InvariantCulture, $"check digit {written} at line {line} position {position} does not match {computed} computed for '{subject}'"))
            {
                Kind = MrzErrorKind.CheckDigitMismatch,
                Line = line,
                Position = position,
                Found = written.ToString(),
                Expected = computed.ToString(),
                Subject = subject,
            };

    private string Trimmed(int line, int position, int length) => Take(line, position, length).TrimEnd('<');

    private string Take(int line, int position, int length) => lines[line - 1].Substring(position - 1, length);

    private char At(int line, int position) => lines[line - 1][position - 1];
}
