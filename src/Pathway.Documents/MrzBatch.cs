namespace Pathway.Documents;

/// <summary>The logic of the CLI's batch verbs: streams in, one result per document out, never an exception for bad data.</summary>
public static class MrzBatch
{
    /// <summary>
    /// Reads MRZ blocks (the lines of one document together, documents separated by blank lines)
    /// and writes one JSON object per document per line.
    /// </summary>
    public static async Task<MrzBatchSummary> ParseAsync(TextReader input, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var documents = 0;
        var valid = 0;
        var block = new List<string>();

        async Task Flush()
        {
            if (block.Count == 0)
            {
                return;
            }

            var result = Mrz.Parse(string.Join('\n', block));
            block.Clear();
            documents++;
            valid += result.Valid ? 1 : 0;
            await output.WriteLineAsync(MrzJson.Result(result).AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                await Flush().ConfigureAwait(false);
            }
            else
            {
                block.Add(line);
            }
        }

        await Flush().ConfigureAwait(false);
        return new MrzBatchSummary(documents, valid);
    }

    /// <summary>
    /// Reads one JSON request per line ({"format":"TD3","fields":{...}}, names in any script) and
    /// writes the MRZ of each, blocks separated by a blank line. A line that cannot be written
    /// gives {"line":n,"errors":[...]} on <paramref name="errors"/> and the batch goes on.
    /// </summary>
    public static async Task<MrzBatchSummary> GenerateAsync(TextReader input, TextWriter output, TextWriter errors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        var documents = 0;
        var generated = 0;
        var lineNumber = 0;
        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            documents++;
            var (format, fields, problems) = MrzJson.Request(line);
            var generation = format is { } known && problems.Count == 0 ? Mrz.Generate(fields, known) : null;
            if (generation is not { Succeeded: true })
            {
                await errors.WriteLineAsync(MrzJson.LineErrors(lineNumber, generation?.Errors ?? problems).AsMemory(), cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (generated > 0)
            {
                await output.WriteLineAsync().ConfigureAwait(false);
            }

            generated++;
            await output.WriteLineAsync(generation.Text.AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        return new MrzBatchSummary(documents, generated);
    }
}
