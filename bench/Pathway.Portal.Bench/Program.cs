using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pathway.Platform;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Portal;
using Pathway.Portal.Bench;
using Pathway.Portal.Content;
using Pathway.Portal.Search;

// Usage: [--items 10000] [--runs 100] [--sqlite FILE | --postgres CONNECTION]
// Seeds a tenant with N items (Polish source, English and most Ukrainian translations published,
// some Russian machine drafts), as the portal indexes them, then times ContentSearch.SearchAsync
// (the query and the marking of found words, what the page and the API run) for each kind of query,
// then AssistantDesk.AskAsync (weighing each word, the search, choosing a passage, keeping the turn)
// for each kind of question.
string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
var items = int.Parse(Option("--items") ?? "10000", CultureInfo.InvariantCulture);
var runs = int.Parse(Option("--runs") ?? "100", CultureInfo.InvariantCulture);
var options = Option("--postgres") is { } postgres
    ? new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = postgres }
    : new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={Option("--sqlite") ?? "portal-bench.db"}" };

var services = new ServiceCollection();
services.AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
services.AddPathwayPersistence(options);
services.AddLocalization();
services.AddPortal();
services.AddSingleton(TimeProvider.System);
services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
var tenant = Guid.NewGuid();
services.AddScoped<ITenantScopeAccessor>(_ => new FixedTenantScopeAccessor(TenantScope.Anonymous(tenant)));
await using var provider = services.BuildServiceProvider();
await using (var scope = provider.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
}

var random = new Random(12_2026);
var languages = new Dictionary<string, Corpus>(StringComparer.Ordinal)
{
    ["pl"] = new(RealWords.Polish, "ka ro wy po dzie nie sza mi ło ją ty re ba go", 8_000, random),
    ["en"] = new(RealWords.English, "ta ri on ce men ble ing de pro sta ver al", 8_000, random),
    ["uk"] = new(RealWords.Ukrainian, "ка ро ви по ні ся ти ре ба го ль щи є ї", 8_000, random),
};

var clock = Stopwatch.StartNew();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"== seeding {items:N0} items on {options.Provider}"));
for (var done = 0; done < items;)
{
    await using var scope = provider.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
    var batch = Math.Min(500, items - done);
    for (var i = 0; i < batch; i++)
    {
        var item = NewItem(tenant, done + i, languages, random);
        db.Add(item);
        db.AddRange(SearchIndex.RowsOf(item));
        item.IndexedVersion = item.Version;
    }

    await db.SaveChangesAsync();
    done += batch;
    if (done % 2_000 == 0 || done == items)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {done:N0} of {items:N0} items, {clock.Elapsed.TotalSeconds:F0} s"));
    }
}

if (options.Provider == DatabaseProvider.Postgres)
{
    await using var scope = provider.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<PathwayDbContext>().Database.ExecuteSqlRawAsync("ANALYZE");
}

var kinds = new (string Name, string Reader, Func<string> Query)[]
{
    ("one frequent word (in most texts)", "pl", () => languages["pl"].Word(random.Next(0, 3))),
    ("one ordinary word", "pl", () => languages["pl"].Word(random.Next(50, 2_000))),
    ("two ordinary words", "pl", () => languages["pl"].Word(random.Next(50, 500)) + " " + languages["pl"].Word(random.Next(50, 500))),
    ("an inflected form", "pl", () => languages["pl"].Word(random.Next(50, 2_000)) is var w && w.Length > 5 ? w[..^1] + "ą" : w),
    ("Latin letters for Ukrainian", "uk", () => Pathway.Documents.Transliteration.ToLatin(languages["uk"].Word(random.Next(50, 2_000)))),
    ("a German reader (English fallback)", "de", () => languages["en"].Word(random.Next(50, 2_000))),
    ("a word nowhere", "pl", () => "zzq" + random.Next(1_000_000).ToString(CultureInfo.InvariantCulture)),
};

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"== {runs} searches of each kind, {items:N0} items (after 20 to warm up)"));
for (var i = 0; i < 20; i++)
{
    await SearchAsync(kinds[i % kinds.Length].Reader, kinds[i % kinds.Length].Query());
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {"query",-38} {"reader",6} {"p50 ms",8} {"p95 ms",8} {"max ms",8} {"found (mean)",13}"));
foreach (var (name, reader, query) in kinds)
{
    var times = new List<double>();
    var found = 0L;
    for (var i = 0; i < runs; i++)
    {
        var start = Stopwatch.GetTimestamp();
        var results = await SearchAsync(reader, query());
        times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        found += results.Total;
    }

    times.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {name,-38} {reader,6} {Percentile(times, 0.50),8:F1} {Percentile(times, 0.95),8:F1} {times[^1],8:F1} {found / (double)runs,13:N0}"));
}

// Real readers ask the same few things in their own words: twenty questions, asked in turn.
var asked = Enumerable.Range(0, 20).Select(_ => $"Jak {languages["pl"].Word(random.Next(50, 2_000))} i {languages["pl"].Word(random.Next(50, 2_000))} w {languages["pl"].Word(random.Next(50, 2_000))}?").ToArray();
var next = 0;
var questions = new (string Name, string Reader, Func<string> Question)[]
{
    ("three ordinary words in a sentence", "pl", () => $"Jak {languages["pl"].Word(random.Next(50, 500))} i {languages["pl"].Word(random.Next(50, 500))} w {languages["pl"].Word(random.Next(50, 500))}?"),
    ("a long question (12 words)", "en", () => "How do I " + string.Join(' ', Enumerable.Range(0, 12).Select(_ => languages["en"].Word(random.Next(20, 2_000)))) + "?"),
    ("one of 20 questions asked in turn", "pl", () => asked[next++ % asked.Length]),
    ("a subject nowhere", "uk", () => $"Що таке {languages["uk"].Word(random.Next(50, 500))} zzq{new string([.. Enumerable.Range(0, 6).Select(_ => (char)random.Next('a', 'z' + 1))])}?"),
};
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"== {runs} questions to the assistant of each kind, {items:N0} items (after 10 to warm up)"));
for (var i = 0; i < 10; i++)
{
    await AskAsync(questions[i % questions.Length].Reader, questions[i % questions.Length].Question());
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {"question",-38} {"reader",6} {"p50 ms",8} {"p95 ms",8} {"max ms",8} {"answered",9}"));
foreach (var (name, reader, question) in questions)
{
    var times = new List<double>();
    var answered = 0;
    for (var i = 0; i < runs; i++)
    {
        var start = Stopwatch.GetTimestamp();
        var reply = await AskAsync(reader, question());
        times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        answered += reply.Answered ? 1 : 0;
    }

    times.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {name,-38} {reader,6} {Percentile(times, 0.50),8:F1} {Percentile(times, 0.95),8:F1} {times[^1],8:F1} {answered,9}"));
}

return 0;

async Task<Pathway.Portal.Assistant.AssistantReply> AskAsync(string reader, string question)
{
    await using var scope = provider.CreateAsyncScope();
    return await scope.ServiceProvider.GetRequiredService<Pathway.Portal.Assistant.AssistantDesk>().AskAsync(null, question, reader);
}

async Task<SearchResults> SearchAsync(string reader, string query)
{
    await using var scope = provider.CreateAsyncScope();
    var search = new ContentSearch(scope.ServiceProvider.GetRequiredService<PathwayDbContext>(), new FixedTenantScopeAccessor(TenantScope.Anonymous(tenant)), scope.ServiceProvider.GetRequiredService<WordFrequencies>());
    return await search.SearchAsync(query, reader, kind: null);
}

static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

static ContentItem NewItem(Guid tenant, int number, Dictionary<string, Corpus> languages, Random random)
{
    var now = DateTime.UtcNow;
    var item = new ContentItem
    {
        TenantId = tenant, OrganisationId = tenant, Kind = (ContentKind)(number % 4), Slug = "bench-" + number.ToString(CultureInfo.InvariantCulture),
        SourceLanguage = "pl", OwnerName = "bench", CreatedAt = now, LastCheckedAt = now, LastCheckedBy = "bench",
    };
    var source = Text(item, "pl", languages["pl"], TranslationState.Published, random, now);
    item.Texts.Add(source);
    item.Texts.Add(Text(item, "en", languages["en"], TranslationState.Published, random, now, source));
    if (random.NextDouble() < 0.7)
    {
        item.Texts.Add(Text(item, "uk", languages["uk"], TranslationState.Published, random, now, source));
    }

    return item;
}

static ContentText Text(ContentItem item, string language, Corpus corpus, TranslationState state, Random random, DateTime now, ContentText? source = null) => new()
{
    ItemId = item.Id, Language = language, Title = corpus.Text(random.Next(4, 9)).TrimEnd('.'), Body = corpus.Text(random.Next(150, 350)),
    State = state, SourceHash = source is null ? null : SourceHashes.Of(source), UpdatedAt = now, UpdatedBy = "bench",
};
