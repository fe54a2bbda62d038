using System.Text;

namespace Pathway.Documents.Tests;

public sealed class MrzFuzzTests
{
    [Fact]
    public void Parse_TenThousandRandomTexts_NeverThrows()
    {
        var random = new Random(9303);
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<<<<<<abcz \t\r\n\n«»#éЖ\u0000\uD83D";
        string[] specimens = [Specimens.Td1, Specimens.Td2, Specimens.Td3, Specimens.MrvA, Specimens.MrvB];
        for (var i = 0; i < 10_000; i++)
        {
            var text = (i % 3) switch
            {
                0 => RandomText(random, alphabet, random.Next(0, 200)),
                1 => Mutate(random, specimens[random.Next(specimens.Length)], alphabet),
                _ => RandomLines(random),
            };

            // The parser itself, not the facade's safety net, must cope.
            var result = Should.NotThrow(() => MrzParser.Parse(text), text);
            result.Valid.ShouldBe(result.Errors.Count == 0);
            // Programs that show errors in another language word them by kind; none may be left to the English message.
            result.Errors.ShouldAllBe(e => e.Kind != MrzErrorKind.Other, text);
            MrzJson.Result(result).ShouldStartWith("{\"format\":");
        }
    }

    private static string RandomText(Random random, string alphabet, int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return text.ToString();
    }

    // Zones with a few characters changed, inserted or removed: the shapes the parser gets furthest with.
    private static string Mutate(Random random, string specimen, string alphabet)
    {
        var text = new StringBuilder(specimen);
        for (var edits = random.Next(1, 4); edits > 0 && text.Length > 0; edits--)
        {
            var at = random.Next(text.Length);
            switch (random.Next(3))
            {
                case 0:
                    text[at] = alphabet[random.Next(alphabet.Length)];
                    break;
                case 1:
                    text.Insert(at, alphabet[random.Next(alphabet.Length)]);
                    break;
                default:
                    text.Remove(at, 1);
                    break;
            }
        }

        return text.ToString();
    }

    private static string RandomLines(Random random)
    {
        const string mrz = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";
        var width = new[] { 30, 36, 44, 15, 22 }[random.Next(5)];
        var lines = Enumerable.Range(0, random.Next(1, 5)).Select(_ => RandomText(random, mrz, width));
        return string.Join(random.Next(2) == 0 ? "\n" : "\r\n", lines);
    }
}
