namespace Pathway.Matching.Tests;

public sealed class SmallFileTests
{
    [Fact]
    public async Task Dedupe_FileTooSmallToTrainOn_ScoresWithDefaultsAndStillLinksTheObviousPair()
    {
        var folder = Directory.CreateTempSubdirectory("pathway-small-").FullName;
        try
        {
            var input = Path.Combine(folder, "people.csv");
            await File.WriteAllTextAsync(input, """
                id,first_name,surname,dob,city
                1,Oleksandr,Shevchenko,1985-11-02,Kyiv
                2,Oleksandr,Szewczenko,1985-02-11,Kijów
                3,Maria,Kowalska,1970-01-20,Kraków
                4,Jan,Nowak,1950-05-05,Gdańsk
                """, TestContext.Current.CancellationToken);
            var outcome = await DedupeJob.RunAsync(new DedupeOptions { InputPath = input, IdColumn = "id", OutputPath = Path.Combine(folder, "out.csv") }, cancellation: TestContext.Current.CancellationToken);
            outcome.Succeeded.ShouldBeTrue();
            outcome.Report!.TrainingIterations.ShouldBe(0);
            outcome.Report.Model.Prior.ShouldBe(0.1);
            outcome.Report.Clusters.ShouldBe(3);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
