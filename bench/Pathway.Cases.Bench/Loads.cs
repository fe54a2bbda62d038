using System.Globalization;
using System.Text.Json;

namespace Pathway.Cases.Bench;

/// <summary>An officer's queue by due date, pages 1 to 5, for a random seeded officer.</summary>
internal sealed class QueueLoad(IReadOnlyList<Guid> officers) : ILoad
{
    public async Task<bool> OnceAsync(CaseApi api, int worker, Random random, CancellationToken cancellationToken)
    {
        var officer = officers[random.Next(officers.Count)];
        var page = random.Next(1, 6);
        return (await api.GetAsync(string.Create(CultureInfo.InvariantCulture, $"/api/v1/cases/?officer={officer}&sort=due&page={page}"), cancellationToken)).Ok;
    }
}

/// <summary>
/// Searches as a desk makes them: case numbers, passport numbers, surnames in Latin and Cyrillic and
/// given name with surname, all taken from the seeded cases first.
/// </summary>
internal sealed class SearchLoad(IReadOnlyList<string> queries) : ILoad
{
    private static readonly Dictionary<string, string> Cyrillic = new(StringComparer.Ordinal)
    {
        ["Shevchenko"] = "Шевченко", ["Kovalenko"] = "Коваленко", ["Bondarenko"] = "Бондаренко", ["Tkachenko"] = "Ткаченко",
        ["Kravchenko"] = "Кравченко", ["Melnyk"] = "Мельник", ["Boiko"] = "Бойко", ["Lysenko"] = "Лисенко", ["Sokolova"] = "Соколова",
        ["Ivanou"] = "Іваноў", ["Kazlova"] = "Казлова", ["Novik"] = "Новік", ["Petrosyan"] = "Петросян", ["Rakhimov"] = "Рахимов",
    };

    public IReadOnlyList<string> Queries => queries;

    public static readonly string[] Kinds = ["number", "passport", "surname", "cyrillic", "two-words"];

    public static async Task<SearchLoad> PrepareAsync(CaseApi api, IReadOnlyList<Guid> officers, IReadOnlyCollection<string> kindsWanted)
    {
        var random = new Random(11);
        var items = new List<JsonElement>();
        foreach (var officer in officers.OrderBy(_ => random.Next()).Take(10))
        {
            items.AddRange(await api.ItemsAsync(string.Create(CultureInfo.InvariantCulture, $"officer={officer}&sort=submitted&pageSize=100&page={random.Next(1, 20)}"), CancellationToken.None));
        }

        var numbers = items.Select(i => i.GetProperty("number").GetString()!).Distinct(StringComparer.Ordinal).OrderBy(_ => random.Next()).Take(200).ToList();
        var passports = new List<string>();
        foreach (var number in numbers.Take(50))
        {
            var (ok, body) = await api.GetAsync("/api/v1/cases/" + Uri.EscapeDataString(number) + "?reason=benchmark", CancellationToken.None);
            if (ok && body.GetProperty("applicant").GetProperty("passportNumber").GetString() is { } passport)
            {
                passports.Add(passport);
            }
        }

        // "Surname, Given names" as the queue shows it.
        var names = items.Select(i => i.GetProperty("applicant").GetString()!.Split(", ", 2)).Where(n => n.Length == 2).Distinct().ToList();
        var surnames = names.Select(n => n[0]).Distinct(StringComparer.Ordinal).ToList();
        var twoWords = names.Select(n => n[1].Split(' ')[0] + " " + n[0]).Distinct(StringComparer.Ordinal).ToList();
        var cyrillic = surnames.Where(Cyrillic.ContainsKey).Select(s => Cyrillic[s]).ToList();
        Console.Error.WriteLine($"search: {numbers.Count} case numbers, {passports.Count} passports, {surnames.Count} surnames, {cyrillic.Count} in Cyrillic, {twoWords.Count} two-word names");
        // Each kind equally often, whatever how many of each were found.
        List<string>[] kinds = [numbers, [.. passports, .. passports.Select(p => p.ToLowerInvariant())], surnames, cyrillic, twoWords];
        return new SearchLoad([.. kinds.Where((k, i) => k.Count > 0 && kindsWanted.Contains(Kinds[i], StringComparer.Ordinal)).SelectMany(k => Enumerable.Range(0, 1000).Select(i => k[i % k.Count]))]);
    }

    public async Task<bool> OnceAsync(CaseApi api, int worker, Random random, CancellationToken cancellationToken) =>
        (await api.GetAsync("/api/v1/cases/?q=" + Uri.EscapeDataString(queries[random.Next(queries.Count)]), cancellationToken)).Ok;
}

/// <summary>
/// Moves cases on through lawful actions with the version last read: each worker works its own cases,
/// so a conflict (409) would be a real error, not two workers racing.
/// </summary>
internal sealed class TransitionLoad(List<WorkedCase>[] casesByWorker) : ILoad
{
    private static int shown;

    private static readonly string Today = DateOnly.FromDateTime(DateTime.Now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static async Task<TransitionLoad> PrepareAsync(CaseApi api, int workers)
    {
        var cases = new List<WorkedCase>();
        foreach (var state in new[] { "Examination", "EvidenceRequested", "FormalCheck", "Submitted" })
        {
            for (var page = 1; page <= 5; page++)
            {
                cases.AddRange((await api.ItemsAsync(string.Create(CultureInfo.InvariantCulture, $"state={state}&sort=submitted&pageSize=200&page={page}"), CancellationToken.None))
                    .Select(i => new WorkedCase(i.GetProperty("number").GetString()!, i.GetProperty("state").GetString()!, i.GetProperty("version").GetInt32())));
            }
        }

        Console.Error.WriteLine($"transitions: {cases.Count} cases to work");
        return new TransitionLoad([.. Enumerable.Range(0, workers).Select(w => cases.Where((_, i) => i % workers == w).ToList())]);
    }

    public async Task<bool> OnceAsync(CaseApi api, int worker, Random random, CancellationToken cancellationToken)
    {
        var mine = casesByWorker[worker];
        var @case = mine[random.Next(mine.Count)];
        var (action, body) = Next(@case, random);
        var (ok, answer) = await api.PostAsync($"/api/v1/cases/{Uri.EscapeDataString(@case.Number)}/actions/{action}", body, cancellationToken);
        if (ok)
        {
            @case.State = answer.GetProperty("state").GetString()!;
            @case.Version = answer.GetProperty("version").GetInt32();
        }
        else if (Interlocked.Increment(ref shown) <= 10)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{@case.Number} {@case.State} v{@case.Version} {action}: {answer}"));
        }

        return ok;
    }

    /// <summary>A lawful next step for the state, with what it needs; the cycle keeps cases workable without end.</summary>
    private static (string Action, object Body) Next(WorkedCase c, Random random) => c.State switch
    {
        "Submitted" => ("start-formal-check", new { version = c.Version }),
        "FormalCheck" => random.Next(4) == 0 ? ("record-appearance", new { version = c.Version, on = Today }) : ("complete-formally", new { version = c.Version, on = Today }),
        "Examination" => random.Next(3) switch
        {
            0 => ("record-appearance", new { version = c.Version, on = Today }),
            1 => ("draft-decision", (object)new { version = c.Version, outcome = "refused", reason = "Benchmark: the conditions are not met." }),
            _ => ("request-evidence", (object)new { version = c.Version, on = Today, termDays = 14, reason = "Benchmark: proof of income." }),
        },
        "EvidenceRequested" => ("receive-evidence", new { version = c.Version, on = Today }),
        "DecisionDrafted" => ("return-draft", new { version = c.Version, reason = "Benchmark: look again." }),
        _ => ("record-inactivity-complaint", new { version = c.Version, on = Today }),
    };
}

internal sealed class WorkedCase(string number, string state, int version)
{
    public string Number { get; } = number;
    public string State { get; set; } = state;
    public int Version { get; set; } = version;
}
