using System.Globalization;
using System.Text;
using Pathway.Platform;

namespace Pathway.People.Demo;

/// <summary>
/// Writes synthetic persons to a CSV instead of the registry, with the real person behind each
/// record in the "cluster" column: input and ground truth for duplicate-detection benchmarks.
/// </summary>
internal static class DemoCsvExport
{
    public const string Header = "id,given_name,surname,date_of_birth,sex,city,document_number,nationality,cluster";

    public static async Task WriteAsync(string path, int count, int seed, double duplicateShare, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        var generator = new DemoPersonGenerator(seed, Guid.Empty, [Guid.Empty], Guid.Empty, new DateTime(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc), duplicateShare);
        try
        {
            await using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false), 1 << 20))
            {
                await writer.WriteLineAsync(Header);
                long done = 0;
                foreach (var (person, realPerson) in generator.GenerateRecords(count))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var sex = person.Sex switch { Registry.Sex.Female => "F", Registry.Sex.Male => "M", Registry.Sex.Unspecified => "X" };
                    await writer.WriteLineAsync(string.Join(',',
                        person.Id, CsvField.Quote(person.GivenNames), CsvField.Quote(person.Surname), person.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        sex, CsvField.Quote(person.BirthPlace ?? ""), person.Documents[0].Number, person.Citizenship, realPerson));
                    if (++done % 50_000 == 0)
                    {
                        progress?.Report(done);
                    }
                }

                progress?.Report(done);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
