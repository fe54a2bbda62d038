using System.Globalization;
using Pathway.Cases.Bench;

// Usage: --url http://127.0.0.1:5000 --key pwk_... --load search|queue|transitions [--seconds 30] [--concurrency 16] [--warmup 5] [--officers 200]
//        [--kinds number,passport,surname,cyrillic,two-words]   (search: which kinds of query, each equally often; all by default)
string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
int Number(string name, int fallback) => Option(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

if (Option("--url") is not { } url || Option("--key") is not { } key || Option("--load") is not { } load)
{
    Console.Error.WriteLine("Usage: --url URL --key API_KEY --load search|queue|transitions [--seconds 30] [--concurrency 16] [--warmup 5] [--officers 200]");
    return 2;
}

var settings = new LoadSettings(Number("--seconds", 30), Number("--concurrency", 16), Number("--warmup", 5));
using var api = new CaseApi(new Uri(url), key, settings.Concurrency);
var officers = SeededOfficers.Ids(Number("--officers", 200));
ILoad? chosen = load switch
{
    "search" => await SearchLoad.PrepareAsync(api, officers, Option("--kinds")?.Split(',') ?? SearchLoad.Kinds),
    "queue" => new QueueLoad(officers),
    "transitions" => await TransitionLoad.PrepareAsync(api, settings.Concurrency),
    _ => null,
};
if (chosen is null)
{
    Console.Error.WriteLine($"Unknown load '{load}': search, queue or transitions.");
    return 2;
}

var result = await LoadRunner.RunAsync(api, chosen, settings);
Console.WriteLine(result.Describe(load == "search" && Option("--kinds") is { } kinds ? $"search ({kinds})" : load, settings));
return 0;
