using System.Diagnostics;
using System.Globalization;
using Pathway.Matching;
using Pathway.Matching.Bench;

// Usage:
//   --generate N --output file.csv [--seed S]
//   --generate-historical N --output file.csv [--seed S]
//   --dedupe file.csv [--id-column id] [--threshold P] [--explain N] [--output clusters.csv]
//   --diagnose file.csv [--id-column id] [--threshold P] [--examples N]   (needs a truth column)
string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

if (Option("--generate") is { } count)
{
    var output = Option("--output") ?? "persons.csv";
    var seed = int.Parse(Option("--seed") ?? "7", CultureInfo.InvariantCulture);
    var watch = Stopwatch.StartNew();
    PersonFileGenerator.Write(output, int.Parse(count, CultureInfo.InvariantCulture), seed);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {count} records to {output} in {watch.Elapsed.TotalSeconds:0.0} s"));
    return 0;
}

if (Option("--generate-historical") is { } rows)
{
    var output = Option("--output") ?? "historical.csv";
    var seed = int.Parse(Option("--seed") ?? "7", CultureInfo.InvariantCulture);
    HistoricalPersons.Write(output, int.Parse(rows, CultureInfo.InvariantCulture), seed);
    Console.WriteLine($"wrote {rows} historical records to {output}");
    return 0;
}

if (Option("--dedupe") is { } input)
{
    return await DedupeBench.RunAsync(
        input,
        Option("--id-column") ?? "id",
        double.Parse(Option("--threshold") ?? LinkageDefaults.Threshold.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        int.Parse(Option("--explain") ?? "0", CultureInfo.InvariantCulture),
        Option("--output"));
}

if (Option("--diagnose") is { } diagnosed)
{
    return await Diagnose.RunAsync(
        diagnosed,
        Option("--id-column") ?? "id",
        double.Parse(Option("--threshold") ?? LinkageDefaults.Threshold.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        int.Parse(Option("--examples") ?? "2", CultureInfo.InvariantCulture));
}

Console.Error.WriteLine("usage: --generate N --output file.csv [--seed S] | --generate-historical N --output file.csv [--seed S] | --dedupe file.csv [--id-column id] [--threshold P] [--explain N] [--output clusters.csv] | --diagnose file.csv [--id-column id] [--threshold P] [--examples N]");
return 2;
