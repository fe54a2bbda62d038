using Pathway.Portal.Content;

namespace Pathway.Portal.Demo;

/// <summary>The demo tenant's portal items: real-looking guidance, in Polish with some translations.</summary>
internal static class DemoContent
{
    public const string Editor = "editor@demo.pathway.test";

    public sealed record Text(string Title, string Body, TranslationState State = TranslationState.Published);

    public sealed record Item(ContentKind Kind, string Slug, IReadOnlyDictionary<string, Text> Texts);

    /// <summary>An item's texts, Polish first: Polish, English and Ukrainian published, every other language a machine draft.</summary>
    public static Dictionary<string, Text> Texts(params (string Language, string Title, string Body)[] texts) =>
        texts.ToDictionary(
            t => t.Language,
            t => new Text(t.Title, t.Body, t.Language is "pl" or "en" or "uk" ? TranslationState.Published : TranslationState.MachineDraft),
            StringComparer.Ordinal);

    /// <summary>Every item the demo seeds: these, the procedures with their documents and terms, the events, the services, the tree and the questions and answers.</summary>
    public static IReadOnlyList<Item> All =>
    [
        .. Items, .. DemoProcedures.Documents, .. DemoProcedures.Terms, .. DemoProcedures.All.Select(p => p.Item),
        .. DemoEvents.All.Select(e => e.Item), .. DemoServices.All.Select(s => s.Item), DemoTree.Item, .. DemoQuestions.All, DemoSurvey.Item,
    ];

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
        new(ContentKind.Document, "passport", new Dictionary<string, Text>(StringComparer.Ordinal)
        {
            ["pl"] = new("Paszport", "Ważny dokument podróży. Urząd porównuje dane we wniosku z danymi w paszporcie."),
            ["en"] = new("Passport", "A valid travel document. The office compares the application with the data in the passport."),
            ["uk"] = new("Паспорт", "Дійсний проїзний документ. Управління порівнює дані заяви з даними паспорта."),
        }),
        new(ContentKind.Document, "residence-card", new Dictionary<string, Text>(StringComparer.Ordinal)
        {
            ["pl"] = new("Karta pobytu", """
                Dokument, który potwierdza tożsamość cudzoziemca i zezwolenie na pobyt w Polsce. Razem z paszportem uprawnia do wielokrotnego przekraczania granicy bez wizy.

                Co jest na karcie (rysunek to schemat, nie wzór karty):

                1. Zdjęcie posiadacza karty.
                2. Nazwisko i imiona, zapisane tak jak w paszporcie.
                3. Rodzaj zezwolenia, na przykład „zezwolenie na pobyt czasowy”.
                4. Data ważności karty: wniosek o kolejne zezwolenie złóż przed tą datą.
                5. Uwagi, na przykład „dostęp do rynku pracy”: mówią, czy możesz pracować bez zezwolenia na pracę.
                6. Numer karty: podaj go w urzędzie i u pracodawcy.
                """),
            ["en"] = new("Residence card", """
                The document that confirms a foreigner's identity and permit to stay in Poland. With a passport it allows crossing the border many times without a visa.

                What is on the card (the drawing is a diagram, not the card's design):

                1. The holder's photo.
                2. Surname and given names, written as in the passport.
                3. The type of permit, for example "temporary residence permit".
                4. The date the card is valid until: apply for the next permit before it.
                5. Remarks, for example "access to the labour market": they say whether you may work without a work permit.
                6. The card's number: give it at the office and to your employer.
                """),
            ["uk"] = new("Карта побиту", """
                Документ, який підтверджує особу іноземця та дозвіл на перебування в Польщі. Разом із паспортом дає змогу багаторазово перетинати кордон без візи.

                Що є на карті (малюнок — схема, а не зразок карти):

                1. Фото власника карти.
                2. Прізвище та імена, записані так, як у паспорті.
                3. Вид дозволу, наприклад «дозвіл на тимчасове проживання».
                4. Дата, до якої карта дійсна: подайте заяву на наступний дозвіл до цієї дати.
                5. Примітки, наприклад «доступ до ринку праці»: вони кажуть, чи можете ви працювати без дозволу на роботу.
                6. Номер карти: називайте його в управлінні та роботодавцю.
                """),
        }),
        new(ContentKind.Term, "voivodeship-office", new Dictionary<string, Text>(StringComparer.Ordinal)
        {
            ["pl"] = new("Urząd wojewódzki", "Urząd wojewody, przedstawiciela rządu w województwie. Wydział spraw cudzoziemców rozpatruje wnioski o zezwolenie na pobyt."),
            ["en"] = new("Voivodeship office", "The office of the voivode, the government's representative in a province. Its foreigners' department decides on residence permits."),
            ["uk"] = new("Воєводське управління", "Управління воєводи, представника уряду у воєводстві. Його відділ у справах іноземців розглядає заяви про дозвіл на проживання."),
        }),
        new(ContentKind.Term, "trusted-profile", new Dictionary<string, Text>(StringComparer.Ordinal)
        {
            ["pl"] = new("Profil zaufany", "Bezpłatny sposób potwierdzania tożsamości i podpisywania dokumentów w urzędowych serwisach internetowych."),
            ["en"] = new("Trusted profile", "A free way to confirm who you are and to sign documents in the government's online services."),
            ["uk"] = new("Довірений профіль", "Безкоштовний спосіб підтвердити особу та підписувати документи в державних онлайн-сервісах."),
        }),
        new(ContentKind.Term, "stamp-duty", new Dictionary<string, Text>(StringComparer.Ordinal)
        {
            ["pl"] = new("Opłata skarbowa", "Opłata za decyzję lub zaświadczenie urzędu, płacona na rachunek urzędu gminy przed złożeniem wniosku."),
            ["en"] = new("Stamp duty", "A fee for an office's decision or certificate, paid to the municipal office's account before you apply."),
            ["uk"] = new("Гербовий збір", "Плата за рішення або довідку установи, яку сплачують на рахунок управління гміни перед поданням заяви."),
        }),
        new(ContentKind.Procedure, "residence-card-application", new Dictionary<string, Text>(StringComparer.Ordinal)
        {
            ["pl"] = new("Karta pobytu: od wniosku do odbioru", """
                Jak uzyskać zezwolenie na pobyt czasowy i kartę pobytu, krok po kroku.

                ## Złóż wniosek w module MOS
                Wypełnij wniosek online i podpisz go [profilem zaufanym](term:trusted-profile) albo podpisem kwalifikowanym. [Opłata skarbowa](term:stamp-duty) za zezwolenie wynosi 440 zł.

                ## Stań osobiście w urzędzie
                Po wezwaniu przyjdź do [urzędu wojewódzkiego](term:voivodeship-office): pobierzemy odciski palców i sprawdzimy paszport.

                ## Odbierz decyzję i kartę pobytu
                Gdy decyzja jest pozytywna, odbierz kartę pobytu osobiście. Opłata za wydanie karty wynosi 100 zł.
                """),
            ["en"] = new("Residence card: from application to collection", """
                How to get a temporary residence permit and a residence card, step by step.

                ## File the application in the MOS module
                Fill in the application online and sign it with a [trusted profile](term:trusted-profile) or a qualified signature. The [stamp duty](term:stamp-duty) for the permit is PLN 440.

                ## Appear in person at the office
                When you are called, come to the [voivodeship office](term:voivodeship-office): we take your fingerprints and check your passport.

                ## Collect the decision and your residence card
                When the decision is positive, collect the residence card in person. The card costs PLN 100.
                """),
            ["uk"] = new("Карта побиту: від заяви до отримання", """
                Як отримати дозвіл на тимчасове проживання та карту побиту, крок за кроком.

                ## Подайте заяву в модулі MOS
                Заповніть заяву онлайн і підпишіть її [довіреним профілем](term:trusted-profile) або кваліфікованим підписом. [Гербовий збір](term:stamp-duty) за дозвіл становить 440 злотих.

                ## Особисто з'явіться в управлінні
                Після виклику прийдіть до [воєводського управління](term:voivodeship-office): ми знімемо відбитки пальців і перевіримо паспорт.

                ## Отримайте рішення та карту побиту
                Якщо рішення позитивне, отримайте карту побиту особисто. Видача карти коштує 100 злотих.
                """),
        }),
    ];

    /// <summary>The facts of the demo procedure's steps, one per "## " section of its texts.</summary>
    public static IReadOnlyList<Procedures.ProcedureStep> ResidenceCardSteps(Guid itemId, Guid tenantId) =>
    [
        new() { ItemId = itemId, TenantId = tenantId, Position = 1, Key = "apply-online", CostAmount = 440m, CostCurrency = "PLN", Needs = " passport ", OnlineUrl = "https://mos.cudzoziemcy.gov.pl/" },
        new()
        {
            ItemId = itemId, TenantId = tenantId, Position = 2, Key = "appear-in-person", After = " apply-online ", Needs = " passport ",
            PlaceName = "Mazowiecki Urząd Wojewódzki", Address = "ul. Marszałkowska 3/5, 00-624 Warszawa", Latitude = 52.2192, Longitude = 21.0169, OpeningHours = "Mo-Fr 08:00-16:00",
        },
        new()
        {
            ItemId = itemId, TenantId = tenantId, Position = 3, Key = "collect-card", After = " appear-in-person ", CostAmount = 100m, CostCurrency = "PLN", Produces = " residence-card ",
            PlaceName = "Mazowiecki Urząd Wojewódzki", Address = "ul. Marszałkowska 3/5, 00-624 Warszawa", Latitude = 52.2192, Longitude = 21.0169, OpeningHours = "Mo-Fr 08:00-16:00",
        },
    ];

    /// <summary>The workshop's date, place and places: two weeks after seeding, 17:00–19:00 Warsaw time.</summary>
    public static readonly DemoEvents.Facts Workshop =
        new(14, new TimeOnly(17, 0), new TimeOnly(19, 0), "Mazowiecki Urząd Wojewódzki, sala 101", "ul. Marszałkowska 3/5, 00-624 Warszawa", 52.2192, 21.0169, "uk pl", 20);
}
