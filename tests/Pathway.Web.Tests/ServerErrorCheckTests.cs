using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pathway.Testing;
using Xunit.Sdk;

namespace Pathway.Web.Tests;

/// <summary>The check that fails every test whose server logged an error it did not declare.</summary>
public sealed class ServerErrorCheckTests(SqliteFactoryFixture fixture) : IClassFixture<SqliteFactoryFixture>
{
    [Fact]
    public void Check_ErrorNobodyExpected_FailsNamingIt()
    {
        var logs = new LogSink();
        logs.CreateLogger("Pathway.People.Registry").LogError(new InvalidOperationException("the index is gone"), "Saving the person failed");

        var failure = Should.Throw<FailException>(() => ServerErrorCheck.Check([logs]));

        failure.Message.ShouldContain("Error Pathway.People.Registry: Saving the person failed");
        failure.Message.ShouldContain("the index is gone");
    }

    [Fact]
    public void Check_CriticalEntry_Fails_WarningPasses()
    {
        var logs = new LogSink();
        logs.CreateLogger("Pathway").LogWarning("slow query");
        ServerErrorCheck.Check([logs]);

        logs.CreateLogger("Pathway").LogCritical("out of disk");
        Should.Throw<FailException>(() => ServerErrorCheck.Check([logs])).Message.ShouldContain("Critical Pathway: out of disk");
    }

    [Fact]
    public void Check_ErrorTheTestExpected_Passes_AnotherErrorBesideItFails()
    {
        var logs = new LogSink();
        logs.Expect("Saving the person failed");
        logs.CreateLogger("Pathway.People.Registry").LogError("Saving the person failed");
        ServerErrorCheck.Check([logs]);

        logs.Expect("Saving the person failed");
        logs.CreateLogger("Pathway.People.Registry").LogError("Saving the person failed");
        logs.CreateLogger("Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware").LogError("An unhandled exception has occurred while executing the request.");
        var failure = Should.Throw<FailException>(() => ServerErrorCheck.Check([logs]));
        failure.Message.ShouldContain("An unhandled exception");
        failure.Message.ShouldNotContain("Saving the person failed");
    }

    [Fact]
    public void Check_AnExpectationHoldsForOneTestOnly()
    {
        var logs = new LogSink();
        logs.Expect("Saving the person failed");
        logs.CreateLogger("Pathway").LogError("Saving the person failed");
        ServerErrorCheck.Check([logs]);

        logs.CreateLogger("Pathway").LogError("Saving the person failed");
        Should.Throw<FailException>(() => ServerErrorCheck.Check([logs]));
    }

    [Fact]
    public void Check_ErrorAnEarlierCheckReported_IsNotReportedAgain()
    {
        var logs = new LogSink();
        logs.CreateLogger("Pathway").LogError("once");
        Should.Throw<FailException>(() => ServerErrorCheck.Check([logs]));

        ServerErrorCheck.Check([logs]);
    }

    [Fact]
    public void TestFinished_ServerTheTestMade_IsCheckedForThisTestsCollection()
    {
        var collection = TestContext.Current.TestCollection!.UniqueID;
        // Logged by the host itself, as a failing request or background job would; no database needed for that.
        using var factory = PathwayFactory.Sqlite(new Dictionary<string, string?> { ["Database:DemoPersons"] = "0" });
        factory.Services.GetRequiredService<ILogger<ServerErrorCheckTests>>().LogError("a job failed behind the page");

        var failure = Should.Throw<FailException>(() => ServerErrorCheck.TestFinished(collection));

        failure.Message.ShouldContain("a job failed behind the page");
    }

    [Fact]
    public void TestFinished_ServerOfTheClassFixture_IsCheckedForEachTestOfTheClass()
    {
        var collection = TestContext.Current.TestCollection!.UniqueID;
        fixture.Factory.Services.GetRequiredService<ILogger<ServerErrorCheckTests>>().LogError("a request failed");

        Should.Throw<FailException>(() => ServerErrorCheck.TestFinished(collection)).Message.ShouldContain("a request failed");
    }
}
