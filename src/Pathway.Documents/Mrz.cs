namespace Pathway.Documents;

/// <summary>Reading and writing the machine-readable zones of ICAO 9303 travel documents and visas.</summary>
public static class Mrz
{
    /// <summary>
    /// Reads a zone as a scanner or an operator typed it. Never throws: whatever is wrong with
    /// the text is in <see cref="MrzResult.Errors"/>.
    /// </summary>
    public static MrzResult Parse(string? text)
    {
        try
        {
            return MrzParser.Parse(text);
        }
        catch (Exception exception) when (exception is ArgumentException or IndexOutOfRangeException or InvalidOperationException)
        {
            // A reader must answer for any text at the counter; a bug here must not take the desk down.
            return new MrzResult(null, false, false, MrzFields.Empty, [new MrzError("format", "the text could not be read as an MRZ") { Kind = MrzErrorKind.Unreadable }], []);
        }
    }

    /// <summary>
    /// Writes the zone for <paramref name="fields"/>: names transliterated and shortened to fit,
    /// every check digit computed, long TD1/TD2 document numbers continued into the optional data.
    /// </summary>
    public static MrzGeneration Generate(MrzFields fields, MrzFormat format) => MrzGenerator.Generate(fields, format);
}
