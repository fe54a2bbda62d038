namespace Pathway.Documents.Tests;

/// <summary>The specimen zones of ICAO 9303 (Parts 4 to 7), issued by the fictitious state of Utopia.</summary>
internal static class Specimens
{
    public const string Td3 =
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" +
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

    public const string Td1 =
        "I<UTOD231458907<<<<<<<<<<<<<<<\n" +
        "7408122F1204159UTO<<<<<<<<<<<6\n" +
        "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";

    public const string Td2 =
        "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\n" +
        "D231458907UTO7408122F1204159<<<<<<<6";

    public const string MrvA =
        "VIUTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" +
        "L8988901C4XXX4009078F96121096ZE184226B<<<<<<";

    public const string MrvB =
        "VIUTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\n" +
        "L8988901C4XXX4009078F9612109<<<<<<<<";

    public static TheoryData<string, MrzFormat> All => new()
    {
        { Td3, MrzFormat.TD3 },
        { Td1, MrzFormat.TD1 },
        { Td2, MrzFormat.TD2 },
        { MrvA, MrzFormat.MrvA },
        { MrvB, MrzFormat.MrvB },
    };

    /// <summary>Each check digit of each specimen: the field it protects, its line and position (1-based).</summary>
    public static TheoryData<string, string, int, int> CheckDigits => new()
    {
        { Td3, "documentNumber", 2, 10 },
        { Td3, "birthDate", 2, 20 },
        { Td3, "expiryDate", 2, 28 },
        { Td3, "personalNumber", 2, 43 },
        { Td3, "compositeCheckDigit", 2, 44 },
        { Td1, "documentNumber", 1, 15 },
        { Td1, "birthDate", 2, 7 },
        { Td1, "expiryDate", 2, 15 },
        { Td1, "compositeCheckDigit", 2, 30 },
        { Td2, "documentNumber", 2, 10 },
        { Td2, "birthDate", 2, 20 },
        { Td2, "expiryDate", 2, 28 },
        { Td2, "compositeCheckDigit", 2, 36 },
        { MrvA, "documentNumber", 2, 10 },
        { MrvA, "birthDate", 2, 20 },
        { MrvA, "expiryDate", 2, 28 },
        { MrvB, "documentNumber", 2, 10 },
        { MrvB, "birthDate", 2, 20 },
        { MrvB, "expiryDate", 2, 28 },
    };

    /// <summary>The zone with the character at a 1-based line and position replaced.</summary>
    public static string With(string mrz, int line, int position, char replacement)
    {
        var lines = mrz.Split('\n');
        var chars = lines[line - 1].ToCharArray();
        chars[position - 1] = replacement;
        lines[line - 1] = new string(chars);
        return string.Join('\n', lines);
    }
}
