using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Pathway.People.Registry;
using Pathway.Platform.Identity;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>Finding persons by name: punctuation, given names alone, Polish spellings of Ukrainian and Russian names.</summary>
public abstract class PersonSearchTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("%_%")]
    public async Task Search_NameOfWildcardsOnly_FindsNoOne(string name)
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var result = await SearchAsync(officer, name);
        result.Persons.ShouldBeEmpty();
    }

    [Fact]
    public async Task Search_GivenNameAlone_FindsThePerson()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var id = await RegisterAsync(officer, "HORBATIUK", "OSTAP", "Горбатюк", "Остап");
        (await SearchAsync(officer, "Ostap")).Persons.ShouldContain(p => p.Id == id);
        (await SearchAsync(officer, "Остап")).Persons.ShouldContain(p => p.Id == id);
    }

    [Theory]
    [InlineData("KOVALENKO", "Коваленко", "Kowalenko")]
    [InlineData("KHOMENKO", "Хоменко", "Chomenko")]
    [InlineData("KHOMENKO", null, "Chomenko")]
    [InlineData("CHERNENKO", "Черненко", "Czernenko")]
    public async Task Search_PolishSpelling_FindsThePerson(string surname, string? native, string searched)
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var id = await RegisterAsync(officer, surname, "ROKSOLANA", native, native is null ? null : "Роксолана");
        (await SearchAsync(officer, searched)).Persons.ShouldContain(p => p.Id == id);
        (await SearchAsync(officer, $"{searched} Roksolana")).Persons.ShouldContain(p => p.Id == id);
    }

    [Fact]
    public async Task Search_PolishSpellingOfAnotherName_DoesNotFindThePerson()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var id = await RegisterAsync(officer, "KOVALCHUK", "ZINOVIIA", "Ковальчук", "Зиновія");
        (await SearchAsync(officer, "Kowalenko")).Persons.ShouldNotContain(p => p.Id == id);
    }

    private static async Task<PersonSearchResult> SearchAsync(WebSession session, string name)
    {
        using var response = await session.Client.GetAsync($"/api/v1/persons?name={Uri.EscapeDataString(name)}&limit=200", TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<PersonSearchResult>(TestContext.Current.CancellationToken))!;
    }

    private static async Task<Guid> RegisterAsync(WebSession session, string surname, string given, string? nativeSurname, string? nativeGiven)
    {
        using var response = await session.Client.PostAsJsonAsync("/api/v1/persons", new
        {
            surname, givenNames = given, nativeSurname, nativeGivenNames = nativeGiven, sex = "F",
            birthDate = string.Create(CultureInfo.InvariantCulture, $"19{Random.Shared.Next(50, 99)}-0{Random.Shared.Next(1, 9)}-1{Random.Shared.Next(0, 9)}"), citizenship = "UKR",
        }, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<PersonView>(TestContext.Current.CancellationToken))!.Id;
    }
}

public sealed class SqlitePersonSearchTests(SqliteFactoryFixture fixture) : PersonSearchTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresPersonSearchTests(PostgresServer server, PostgresFactoryFixture fixture) : PersonSearchTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
