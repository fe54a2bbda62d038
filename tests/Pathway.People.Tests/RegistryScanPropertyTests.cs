using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Pathway.Matching;
using Pathway.People.Duplicates;
using Pathway.People.Registry;

namespace Pathway.People.Tests;

/// <summary>
/// The registry scan's path through the engine (export, deduplicate, read clusters, score the
/// cluster members with the trained model) on any registry content: empty or odd names, astral
/// letters, commas and quotes, very old dates, missing places and documents, a registry of any size.
/// </summary>
public sealed class RegistryScanPropertyTests
{
    private sealed record Entry(string Given, string Surname, DateOnly Born, Sex Sex, string? Place, string? Document, string Citizenship);

    private static readonly Gen<string> Text = Gen.Elements("", "anna", "Anna", "Олена", "𝐀𝐧𝐧𝐚", "o'neill, jr", "\"quoted\"", "kowalska", "  ", "smith", "Ščepan", "x");

    private static readonly Gen<Entry> Entries =
        from given in Text
        from surname in Text
        from year in Gen.Choose(1700, 2020)
        from day in Gen.Choose(1, 365)
        from sex in Gen.Elements(Enum.GetValues<Sex>())
        from place in Gen.Elements<string?>(null, "kyiv", "Kijów", "st albans")
        from document in Gen.Elements<string?>(null, "AB123456", "AB123456", "1,2")
        from citizenship in Gen.Elements("UKR", "POL", "")
        select new Entry(given, surname, new DateOnly(year, 1, 1).AddDays(day - 1), sex, place, document, citizenship);

    [Fact]
    public void Scan_AnyRegistry_ClustersEveryPersonAndScoresTheClusters()
    {
        var registries = Gen.Elements(0, 1, 2, 40, 230).SelectMany(n => Entries.ArrayOf(n));
        var property = Prop.ForAll(registries.ToArbitrary(), entries =>
        {
            var folder = Directory.CreateTempSubdirectory("pathway-scan-").FullName;
            try
            {
                // Copies of some entries stand for people registered twice.
                var people = entries.Concat(entries.Where((_, i) => i % 4 == 0)).Select(e => (Id: Guid.NewGuid(), Entry: e)).ToList();
                var input = Path.Combine(folder, "registry.csv");
                var lines = new StringBuilder(RegistryScan.ExportHeader).Append('\n');
                foreach (var (id, e) in people)
                {
                    lines.Append(RegistryScan.ExportLine(id, e.Given, e.Surname, e.Born, e.Sex, e.Place, e.Document, e.Citizenship)).Append('\n');
                }

                File.WriteAllText(input, lines.ToString());
                var output = Path.Combine(folder, "clusters.csv");
                var outcome = DedupeJob.RunAsync(new DedupeOptions { InputPath = input, IdColumn = "id", OutputPath = output }).GetAwaiter().GetResult();
                outcome.Error.ShouldBeNull();
                var clusters = RegistryScan.ReadClusters(File.ReadAllLines(output));
                clusters.Values.Sum(c => c.Count).ShouldBe(people.Count);
                var byId = people.ToDictionary(p => p.Id, p => p.Entry);
                foreach (var members in clusters.Values.Where(c => c.Count > 1).Take(20))
                {
                    var records = members.Select(id => byId[id]).Select((e, i) => RegistryRecords.From(members[i].ToString(), e.Surname, e.Given, e.Born, e.Sex, e.Place, e.Document, e.Citizenship)).ToList();
                    var scored = outcome.Report!.Model.ScorePairs(records, [(0, 1)]);
                    double.IsFinite(scored[0].TotalWeight).ShouldBeTrue();
                }
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(20), property);
    }
}
