using Pathway.Portal.Content;

namespace Pathway.Portal.Demo;

/// <summary>The demo tenant's portal items: real-looking guidance, in Polish with some translations.</summary>
internal static class DemoContent
{
    public const string Editor = "editor@demo.pathway.test";

    public sealed record Text(string Title, string Body, TranslationState State = TranslationState.Published);

    public sealed record Item(ContentKind Kind, string Slug, IReadOnlyDictionary<string, Text> Texts);

    public static readonly IReadOnlyList<Item> Items =
    [
        new(ContentKind.Article, "pesel-number", new Dictionary<string, Text>(StringComparer.Ordinal)
        {
            ["pl"] = new("Numer PESEL", """
                Numer PESEL to jedenastocyfrowy numer w rejestrze mieszkańców. Cudzoziemiec otrzymuje go przy **zameldowaniu** na pobyt dłuższy niż 30 dni albo na wniosek, gdy przepis tego wymaga (na przykład do pracy lub podatków).

                1. Weź paszport lub inny dokument podróży.
                2. Wypełnij wniosek o nadanie numeru PESEL w urzędzie gminy.
                3. Numer nadawany jest bezpłatnie.
                """),
            ["en"] = new("PESEL number", """
                The PESEL number is an eleven-digit number in the register of residents. A foreigner gets it when **registering their address** for a stay of more than 30 days, or on application where a law requires it (for example for work or taxes).

                1. Take your passport or another travel document.
                2. Fill in the application for a PESEL number at the municipal office.
                3. The number is given free of charge.
                """),
            ["uk"] = new("Номер PESEL", """
                Номер PESEL — це одинадцятизначний номер у реєстрі мешканців. Іноземець отримує його під час **реєстрації місця проживання** на строк понад 30 днів або за заявою, коли цього вимагає закон (наприклад, для роботи чи податків).

                1. Візьміть паспорт або інший проїзний документ.
                2. Заповніть заяву про присвоєння номера PESEL в управлінні гміни.
                3. Номер присвоюється безкоштовно.
                """),
            ["ru"] = new("Номер PESEL", """
                Номер PESEL — одиннадцатизначный номер в реестре жителей. Иностранец получает его при **регистрации по месту жительства** на срок более 30 дней или по заявлению.
                """, TranslationState.MachineDraft),
        }),
        new(ContentKind.Article, "temporary-residence-work", new Dictionary<string, Text>(StringComparer.Ordinal)
        {
            ["pl"] = new("Pobyt czasowy i praca", """
                Wniosek o zezwolenie na pobyt czasowy i pracę składa się **wyłącznie online** w module MOS. Pracodawca wypełnia załącznik przez jednorazowy link.

                Po złożeniu wniosku urząd sprawdza go formalnie, wzywa na **stawiennictwo osobiste** (odciski palców) i wydaje decyzję. Status sprawy sprawdzisz na stronie *Moje sprawy*.
                """),
            ["en"] = new("Temporary residence and work", """
                The application for a temporary residence and work permit is filed **online only**, in the MOS module. The employer completes its annex through a one-time link.

                After you file, the office checks the application formally, asks you to **appear in person** (fingerprints) and decides. Follow your case on *My cases*.
                """),
        }),
        new(ContentKind.Alert, "office-closed-24-december", new Dictionary<string, Text>(StringComparer.Ordinal)
        {
            ["pl"] = new("Urząd nieczynny 24 grudnia", "Od 2025 roku Wigilia jest dniem wolnym od pracy: **24 grudnia** sale obsługi są zamknięte. Terminy kończące się tego dnia upływają w najbliższy dzień roboczy."),
            ["en"] = new("Office closed on 24 December", "Since 2025 Christmas Eve is a public holiday: on **24 December** the service halls are closed. Time limits ending that day end on the next working day."),
        }),
        new(ContentKind.Event, "workshop-residence-application", new Dictionary<string, Text>(StringComparer.Ordinal)
        {
            ["pl"] = new("Warsztaty: wniosek o pobyt czasowy krok po kroku", """
                Pokażemy, jak wypełnić wniosek w module MOS, jakie dokumenty przygotować i jak wygląda **stawiennictwo osobiste**. Zabierz paszport i, jeśli masz, umowę o pracę.

                Warsztaty prowadzą doradcy punktu informacyjnego; tłumaczenie na ukraiński na miejscu.
                """),
            ["uk"] = new("Майстер-клас: заява на тимчасове проживання крок за кроком", """
                Покажемо, як заповнити заяву в модулі MOS, які документи підготувати та як проходить **особиста явка**. Візьміть паспорт і, якщо маєте, трудовий договір.

                Майстер-клас проводять консультанти інформаційного пункту; переклад українською на місці.
                """),
            ["en"] = new("Workshop: the temporary residence application step by step", """
                We show how to fill in the application in the MOS module, which documents to prepare and what the **personal appearance** is like. Bring your passport and, if you have one, your employment contract.

                Advisers of the information point run the workshop; Ukrainian interpreting on site.
                """),
        }),
    ];

    /// <summary>The demo event's date, place and places: two weeks after seeding, 17:00–19:00 Warsaw time.</summary>
    public static (int DaysAhead, TimeOnly Starts, TimeOnly Ends, string Place, string Address, double Latitude, double Longitude, string Languages, int Capacity) Workshop =>
        (14, new TimeOnly(17, 0), new TimeOnly(19, 0), "Mazowiecki Urząd Wojewódzki, sala 101", "ul. Marszałkowska 3/5, 00-624 Warszawa", 52.2192, 21.0169, "uk pl", 20);
}
