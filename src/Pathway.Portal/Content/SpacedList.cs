namespace Pathway.Portal.Content;

/// <summary>
/// Short codes kept in one column as a list with a space at each end and between (" uk pl "): the
/// languages a service speaks, the documents a step needs, the languages a search text is shown
/// in, an answer's sources. A whole code is found by <c>LIKE '% uk %'</c> (<see cref="Holding"/>)
/// or <c>Contains(" uk ")</c>, never a longer code that starts alike, without a table of pairs.
/// An empty list is kept empty.
/// </summary>
public static class SpacedList
{
    public static string Of(IEnumerable<string> codes) => string.Join(' ', codes) is { Length: > 0 } joined ? $" {joined} " : "";

    /// <summary>The codes of a kept list, in order.</summary>
    public static IReadOnlyList<string> Codes(string list) => list.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The LIKE pattern of a list that holds <paramref name="code"/>.</summary>
    public static string Holding(string code) => $"% {code} %";
}
