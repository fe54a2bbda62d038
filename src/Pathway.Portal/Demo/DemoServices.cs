using Pathway.Portal.Content;
using Pathway.Portal.Services;

namespace Pathway.Portal.Demo;

/// <summary>The demo tenant's service directory: six services across Warsaw's districts, in Polish, English and Ukrainian.</summary>
internal static class DemoServices
{
    public sealed record Service(DemoContent.Item Item, Func<Guid, Guid, ServiceDetails> Facts);

    private static Dictionary<string, DemoContent.Text> Texts(string pl, string plBody, string en, string enBody, string uk, string ukBody) =>
        new(StringComparer.Ordinal) { ["pl"] = new(pl, plBody), ["en"] = new(en, enBody), ["uk"] = new(uk, ukBody) };

    private static ServiceDetails Facts(
        Guid item, Guid tenant, ServiceCategory category, string languages, StaffGender staff, string groups, string district, string place, string address,
        double latitude, double longitude, string hours, string? phone = null, string? email = null) => new()
        {
            ItemId = item, TenantId = tenant, Category = category, Languages = ServiceDetails.Listed(languages.Split(' ')), StaffGender = staff,
            TargetGroups = ServiceDetails.Listed(groups.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
            District = district, PlaceName = place, Address = address, Latitude = latitude, Longitude = longitude, OpeningHours = hours, Phone = phone, Email = email, Free = true,
        };

    public static readonly IReadOnlyList<Service> All =
    [
        new(new(ContentKind.Service, "legal-advice-srodmiescie", Texts(
                "Porady prawne dla cudzoziemców", "Bezpłatne porady w sprawach pobytu, pracy i rodziny. Pomagamy wypełnić wniosek i przygotować odwołanie.",
                "Legal advice for foreigners", "Free advice on residence, work and family matters. We help you fill in an application and prepare an appeal.",
                "Юридичні консультації для іноземців", "Безкоштовні консультації щодо перебування, роботи та сім'ї. Допомагаємо заповнити заяву та підготувати оскарження.")),
            (i, t) => Facts(i, t, ServiceCategory.LegalAdvice, "pl uk ru en", StaffGender.WomenAndMen, "", "Śródmieście", "Punkt informacyjny dla cudzoziemców",
                "ul. Marszałkowska 77/79, 00-683 Warszawa", 52.2297, 21.0122, "Mo-Fr 10:00-18:00", "+48 22 100 20 30", "porady@example.org")),
        new(new(ContentKind.Service, "support-for-women-praga", Texts(
                "Wsparcie psychologiczne dla kobiet", "Rozmowy z psycholożką w bezpiecznym miejscu, także dla kobiet, które doznały przemocy. Przyjmują wyłącznie kobiety.",
                "Psychological support for women", "Talks with a psychologist in a safe place, also for women who have suffered violence. Only women work here.",
                "Психологічна підтримка для жінок", "Розмови з психологинею в безпечному місці, також для жінок, які пережили насильство. Приймають лише жінки.")),
            (i, t) => Facts(i, t, ServiceCategory.MentalHealth, "uk ru pl", StaffGender.Women, "women survivors-of-violence", "Praga-Północ", "Centrum wsparcia kobiet",
                "ul. Targowa 15, 03-728 Warszawa", 52.2520, 21.0370, "Tu,Th 12:00-19:00", "+48 22 200 30 40")),
        new(new(ContentKind.Service, "clinic-wola", Texts(
                "Przychodnia rodzinna Wola", "Lekarze rodzinni i pediatra w ramach NFZ. Lekarka i lekarz mówią po ukraińsku i angielsku.",
                "Wola family clinic", "Family doctors and a paediatrician under the public health fund. A woman and a man doctor speak Ukrainian and English.",
                "Сімейна поліклініка Воля", "Сімейні лікарі та педіатр за рахунок NFZ. Лікарка й лікар говорять українською та англійською.")),
            (i, t) => Facts(i, t, ServiceCategory.Health, "pl uk en", StaffGender.WomenAndMen, "families children", "Wola", "Przychodnia Wola",
                "ul. Wolska 40, 01-187 Warszawa", 52.2340, 20.9650, "Mo-Fr 08:00-20:00", "+48 22 300 40 50")),
        new(new(ContentKind.Service, "polish-course-mokotow", Texts(
                "Kurs języka polskiego", "Bezpłatny kurs polskiego dla dorosłych na poziomach A1–B1, dwa razy w tygodniu wieczorem.",
                "Polish language course", "A free Polish course for adults at levels A1–B1, two evenings a week.",
                "Курс польської мови", "Безкоштовний курс польської для дорослих на рівнях A1–B1, двічі на тиждень увечері.")),
            (i, t) => Facts(i, t, ServiceCategory.Language, "pl en uk ru ar", StaffGender.NotStated, "", "Mokotów", "Dom Kultury Mokotów",
                "ul. Puławska 100, 02-620 Warszawa", 52.1950, 21.0230, "Mo,We 17:00-19:00", email: "kurs@example.org")),
        new(new(ContentKind.Service, "housing-help-praga", Texts(
                "Pomoc w szukaniu mieszkania", "Doradztwo przy wynajmie: umowa, kaucja, meldunek. Pomagamy rodzinom znaleźć mieszkanie.",
                "Help finding a home", "Advice on renting: the contract, the deposit, registering your address. We help families find a flat.",
                "Допомога в пошуку житла", "Консультації щодо оренди: договір, застава, реєстрація. Допомагаємо сім'ям знайти житло.")),
            (i, t) => Facts(i, t, ServiceCategory.Housing, "pl uk ka", StaffGender.WomenAndMen, "families", "Praga-Południe", "Punkt mieszkaniowy",
                "ul. Grochowska 200, 04-357 Warszawa", 52.2460, 21.0850, "Mo-Fr 09:00-15:00", "+48 22 400 50 60")),
        new(new(ContentKind.Service, "youth-club-bemowo", Texts(
                "Świetlica dla dzieci i młodzieży", "Odrabianie lekcji, zajęcia i opiekunowie po szkole, także dla dzieci bez opieki rodziców.",
                "Children's and youth club", "Homework help, activities and carers after school, also for children without their parents.",
                "Клуб для дітей та молоді", "Допомога з уроками, заняття та опікуни після школи, також для дітей без батьків.")),
            (i, t) => Facts(i, t, ServiceCategory.ChildrenAndFamily, "pl uk be", StaffGender.NotStated, "children unaccompanied-minors", "Bemowo", "Świetlica Bemowo",
                "ul. Powstańców Śląskich 50, 01-381 Warszawa", 52.2440, 20.9300, "Mo-Fr 14:00-19:00")),
    ];
}
