using Microsoft.Extensions.Localization;

namespace Pathway.Platform.Tenancy;

/// <summary>A province of Poland: its TERYT code, its Polish name and its usual English name.</summary>
public sealed record Voivodeship(string Code, string PolishName, string EnglishName);

/// <summary>
/// The sixteen voivodeships by their TERYT codes (the even numbers 02 to 32), the codes an
/// organisation's <see cref="Organisation.Voivodeship"/> may hold and statistics count by.
/// </summary>
public static class Voivodeships
{
    public static readonly IReadOnlyList<Voivodeship> All =
    [
        new("02", "dolnośląskie", "Lower Silesian"),
        new("04", "kujawsko-pomorskie", "Kuyavian-Pomeranian"),
        new("06", "lubelskie", "Lublin"),
        new("08", "lubuskie", "Lubusz"),
        new("10", "łódzkie", "Łódź"),
        new("12", "małopolskie", "Lesser Poland"),
        new("14", "mazowieckie", "Masovian"),
        new("16", "opolskie", "Opole"),
        new("18", "podkarpackie", "Subcarpathian"),
        new("20", "podlaskie", "Podlaskie"),
        new("22", "pomorskie", "Pomeranian"),
        new("24", "śląskie", "Silesian"),
        new("26", "świętokrzyskie", "Świętokrzyskie"),
        new("28", "warmińsko-mazurskie", "Warmian-Masurian"),
        new("30", "wielkopolskie", "Greater Poland"),
        new("32", "zachodniopomorskie", "West Pomeranian"),
    ];

    public static Voivodeship? Of(string? code) => All.FirstOrDefault(v => v.Code == code);

    public static bool IsKnown(string? code) => Of(code) is not null;

    /// <summary>The province's name in the reader's language (each language's usual name for it); an unknown code as it is.</summary>
    public static string NameIn(string code, IStringLocalizer text) => code switch
    {
        "02" => text["Lower Silesian"],
        "04" => text["Kuyavian-Pomeranian"],
        "06" => text["Lublin"],
        "08" => text["Lubusz"],
        "10" => text["Łódź"],
        "12" => text["Lesser Poland"],
        "14" => text["Masovian"],
        "16" => text["Opole"],
        "18" => text["Subcarpathian"],
        "20" => text["Podlaskie"],
        "22" => text["Pomeranian"],
        "24" => text["Silesian"],
        "26" => text["Świętokrzyskie"],
        "28" => text["Warmian-Masurian"],
        "30" => text["Greater Poland"],
        "32" => text["West Pomeranian"],
        _ => code,
    };
}
