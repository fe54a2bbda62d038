namespace Pathway.Portal.Exchange;

/// <summary>The inline codes of a translation, matched to the source's and resolved back to Markdown.</summary>
internal static class Codes
{
    /// <summary>
    /// The translation's unit with its codes numbered as the source's: a code with the same Markdown (a
    /// pair with the same opening and closing) takes the source code's id, one of its own a new id.
    /// </summary>
    public static UnitText Matched(UnitText target, UnitText source)
    {
        var free = source.Pieces.OfType<CodePiece>().Where(c => c.Role != CodeRole.Closing).Select(c => (Code: c, Closing: ClosingData(source, c))).ToList();
        var next = source.Codes.Select(c => int.TryParse(c.Id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0).DefaultIfEmpty(0).Max();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var pieces = new List<Piece>();
        foreach (var piece in target.Pieces)
        {
            if (piece is not CodePiece code)
            {
                pieces.Add(piece);
                continue;
            }

            if (code.Role != CodeRole.Closing)
            {
                var closing = ClosingData(target, code);
                var match = free.FindIndex(f => f.Code.Role == code.Role && f.Code.Kind == code.Kind && f.Code.Data == code.Data && f.Closing == closing);
                string id;
                if (match >= 0)
                {
                    id = free[match].Code.Id;
                    free.RemoveAt(match);
                }
                else
                {
                    id = (++next).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                ids[code.Id] = id;
                pieces.Add(code with { Id = id });
            }
            else
            {
                pieces.Add(code with { Id = ids.TryGetValue(code.Id, out var id) ? id : (++next).ToString(System.Globalization.CultureInfo.InvariantCulture) });
            }
        }

        return new UnitText(pieces);
    }

    private static string? ClosingData(UnitText text, CodePiece opening) =>
        opening.Role == CodeRole.Opening ? text.Codes.FirstOrDefault(c => c.Role == CodeRole.Closing && c.Id == opening.Id)?.Data : null;

    /// <summary>
    /// The translation as Markdown. A code a file names without its Markdown (XLIFF 1.2's &lt;g&gt; and
    /// &lt;x/&gt;, a 2.0 code without a data reference) is the source code of the same id and end; null after
    /// naming the problem when there is none.
    /// </summary>
    public static string? Resolve(UnitText target, UnitText source, string file, string unit, List<ExchangeProblem> problems)
    {
        var text = new System.Text.StringBuilder();
        var count = problems.Count;
        foreach (var piece in target.Pieces)
        {
            switch (piece)
            {
                case TextPiece plain:
                    text.Append(plain.Text);
                    break;
                case CodePiece { Data: { } data }:
                    text.Append(data);
                    break;
                case CodePiece code:
                    var role = code.Role;
                    var known = source.Codes.FirstOrDefault(c => c.Id == code.Id && c.Role == role)?.Data;
                    if (known is null)
                    {
                        problems.Add(new ExchangeProblem(file, unit, "The code {0} is not in the source, and the file does not give its Markdown.", code.Id));
                    }

                    text.Append(known);
                    break;
            }
        }

        return problems.Count > count ? null : text.ToString();
    }
}
