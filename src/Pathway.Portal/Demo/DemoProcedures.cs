using Pathway.Portal.Content;
using Pathway.Portal.Procedures;

namespace Pathway.Portal.Demo;

/// <summary>
/// The demo tenant's guided procedures besides the residence card (<see cref="DemoContent.ResidenceCardSteps"/>):
/// the single permit, family reunification, the PESEL number, NFZ health insurance and school
/// enrolment, one file each, with the documents that chain them (the PESEL number one gives, the
/// others need) and the glossary terms they mention, in the portal's twelve languages.
/// </summary>
internal static partial class DemoProcedures
{
    public sealed record Procedure(DemoContent.Item Item, Func<Guid, Guid, IReadOnlyList<ProcedureStep>> Steps);

    /// <summary>A place where a step is done, with its hours in the OpenStreetMap syntax.</summary>
    private sealed record Place(string Name, string Address, double Latitude, double Longitude, string Hours);

    private const string Mos = "https://mos.cudzoziemcy.gov.pl/";

    private static readonly Place ForeignersDepartment = new(
        "Mazowiecki Urząd Wojewódzki, Wydział Spraw Cudzoziemców", "ul. Marszałkowska 3/5, 00-624 Warszawa", 52.2192, 21.0169, "Mo-Fr 08:00-16:00");

    private static readonly Place DistrictOffice = new(
        "Urząd Dzielnicy Śródmieście m.st. Warszawy", "ul. Nowogrodzka 43, 00-691 Warszawa", 52.2284, 21.0061, "Mo 08:00-18:00; Tu-Fr 08:00-16:00");

    private static readonly Place NfzBranch = new(
        "Mazowiecki Oddział Wojewódzki NFZ", "ul. Chałubińskiego 8, 00-613 Warszawa", 52.2265, 21.0035, "Mo-Fr 08:00-16:00");

    public static readonly IReadOnlyList<Procedure> All = [TemporaryResidenceWorkPermit, FamilyReunification, GetPeselNumber, HealthInsurance, SchoolEnrolment];

    /// <summary>The steps of the demo procedure at <paramref name="slug"/>: the residence card's or one of <see cref="All"/>.</summary>
    public static IReadOnlyList<ProcedureStep> StepsOf(string slug, Guid itemId, Guid tenantId) =>
        slug == "residence-card-application"
            ? DemoContent.ResidenceCardSteps(itemId, tenantId)
            : All.Single(p => string.Equals(p.Item.Slug, slug, StringComparison.Ordinal)).Steps(itemId, tenantId);

    /// <summary>The documents the procedures' steps need or give that the seed had not.</summary>
    public static readonly IReadOnlyList<DemoContent.Item> Documents =
    [
        new(ContentKind.Document, "pesel", DemoContent.Texts(
            ("pl", "Potwierdzenie numeru PESEL", "Pismo z urzędu gminy o nadaniu jedenastocyfrowego numeru PESEL. Numer podaje się w pracy, w przychodni, w szkole i w banku."),
            ("en", "PESEL number confirmation", "A letter from the municipal office giving you your eleven-digit PESEL number. You give the number at work, at the clinic, at school and at the bank."),
            ("uk", "Підтвердження номера PESEL", "Лист від управління гміни про присвоєння одинадцятизначного номера PESEL. Номер називають на роботі, у поліклініці, у школі та в банку."),
            ("ru", "Подтверждение номера PESEL", "Письмо из управления гмины о присвоении одиннадцатизначного номера PESEL. Номер называют на работе, в поликлинике, в школе и в банке."),
            ("ar", "تأكيد رقم PESEL", "رسالة من مكتب البلدية بمنحك رقم PESEL المكوّن من 11 رقمًا. تقدّم هذا الرقم في العمل وفي العيادة وفي المدرسة وفي البنك."),
            ("prs", "تأییدیهٔ نمبر PESEL", "نامه‌ای از شاروالی دربارهٔ دادن نمبر یازده‌رقمی PESEL. این نمبر را در کار، در کلینیک، در مکتب و در بانک ارائه می‌کنید."),
            ("ur", "PESEL نمبر کی تصدیق", "میونسپل دفتر کا خط جس میں آپ کو گیارہ ہندسوں کا PESEL نمبر دیا جاتا ہے۔ یہ نمبر کام پر، کلینک میں، اسکول میں اور بینک میں بتایا جاتا ہے۔"),
            ("zh-Hans", "PESEL 号码确认", "乡镇政府办公室出具的分配 11 位 PESEL 号码的书面确认。在工作单位、诊所、学校和银行都需要提供该号码。"),
            ("es", "Confirmación del número PESEL", "Escrito de la oficina municipal que te asigna el número PESEL de once cifras. El número se da en el trabajo, en el centro de salud, en la escuela y en el banco."),
            ("de", "Bestätigung der PESEL-Nummer", "Schreiben des Gemeindeamts über die Vergabe der elfstelligen PESEL-Nummer. Die Nummer geben Sie bei der Arbeit, in der Arztpraxis, in der Schule und bei der Bank an."),
            ("it", "Conferma del numero PESEL", "Lettera dell'ufficio comunale che assegna il numero PESEL di undici cifre. Il numero si comunica al lavoro, in ambulatorio, a scuola e in banca."),
            ("nl", "Bevestiging van het PESEL-nummer", "Brief van het gemeentekantoor waarmee je het elfcijferige PESEL-nummer krijgt. Je geeft het nummer op bij je werk, bij de huisarts, op school en bij de bank."))),
        new(ContentKind.Document, "employment-contract", DemoContent.Texts(
            ("pl", "Umowa o pracę", "Pisemna umowa z pracodawcą: stanowisko, wynagrodzenie, wymiar czasu pracy i miejsce pracy. Warunki muszą być takie jak w załączniku nr 1 do wniosku o zezwolenie."),
            ("en", "Employment contract", "A written contract with your employer: the position, pay, working hours and place of work. The terms must be those of Annex 1 to the permit application."),
            ("uk", "Трудовий договір", "Письмовий договір з роботодавцем: посада, зарплата, робочий час і місце роботи. Умови мають бути такими, як у додатку № 1 до заяви на дозвіл."),
            ("ru", "Трудовой договор", "Письменный договор с работодателем: должность, зарплата, рабочее время и место работы. Условия должны совпадать с приложением № 1 к заявлению на разрешение."),
            ("ar", "عقد العمل", "عقد مكتوب مع صاحب العمل: الوظيفة والأجر وساعات العمل ومكان العمل. يجب أن تطابق الشروط ما في الملحق رقم 1 لطلب التصريح."),
            ("prs", "قرارداد کار", "قرارداد کتبی با کارفرما: وظیفه، معاش، ساعات کار و محل کار. شرایط باید مانند ضمیمهٔ شمارهٔ ۱ درخواست اجازه باشد."),
            ("ur", "ملازمت کا معاہدہ", "آجر کے ساتھ تحریری معاہدہ: عہدہ، تنخواہ، کام کے اوقات اور کام کی جگہ۔ شرائط اجازت نامے کی درخواست کے ضمیمہ نمبر 1 جیسی ہونی چاہییں۔"),
            ("zh-Hans", "劳动合同", "与雇主签订的书面合同：职位、工资、工作时间和工作地点。合同条件必须与许可申请附件 1 中的条件一致。"),
            ("es", "Contrato de trabajo", "Contrato escrito con tu empleador: puesto, salario, jornada y lugar de trabajo. Las condiciones deben ser las del anexo n.º 1 de la solicitud del permiso."),
            ("de", "Arbeitsvertrag", "Schriftlicher Vertrag mit Ihrem Arbeitgeber: Stelle, Lohn, Arbeitszeit und Arbeitsort. Die Bedingungen müssen denen in Anlage 1 zum Antrag auf die Erlaubnis entsprechen."),
            ("it", "Contratto di lavoro", "Contratto scritto con il datore di lavoro: mansione, retribuzione, orario e luogo di lavoro. Le condizioni devono essere quelle dell'allegato n. 1 alla domanda di permesso."),
            ("nl", "Arbeidsovereenkomst", "Schriftelijk contract met je werkgever: functie, loon, werktijden en werkplek. De voorwaarden moeten dezelfde zijn als in bijlage 1 bij de aanvraag van de vergunning."))),
        new(ContentKind.Document, "birth-certificate", DemoContent.Texts(
            ("pl", "Akt urodzenia", "Dokument stanu cywilnego z kraju urodzenia. Akt wydany za granicą składa się w polskim urzędzie razem z tłumaczeniem przysięgłym."),
            ("en", "Birth certificate", "A civil-status document from the country of birth. A certificate issued abroad is handed in to a Polish office together with a sworn translation."),
            ("uk", "Свідоцтво про народження", "Документ про цивільний стан із країни народження. Свідоцтво, видане за кордоном, подають до польської установи разом із присяжним перекладом."),
            ("ru", "Свидетельство о рождении", "Документ о гражданском состоянии из страны рождения. Свидетельство, выданное за границей, подают в польское учреждение вместе с присяжным переводом."),
            ("ar", "شهادة الميلاد", "وثيقة أحوال مدنية صادرة من بلد الميلاد. تُقدَّم الشهادة الصادرة في الخارج إلى المكتب البولندي مع ترجمة محلَّفة."),
            ("prs", "سند تولد", "سند احوال مدنی از کشور محل تولد. سندی که در خارج صادر شده همراه با ترجمهٔ رسمی به ادارهٔ پولندی سپرده می‌شود."),
            ("ur", "پیدائشی سرٹیفکیٹ", "پیدائش کے ملک کی شہری حیثیت کی دستاویز۔ بیرونِ ملک جاری ہونے والا سرٹیفکیٹ حلف یافتہ ترجمے کے ساتھ پولش دفتر میں جمع کرایا جاتا ہے۔"),
            ("zh-Hans", "出生证明", "出生国签发的民事身份文件。在国外签发的出生证明须连同宣誓翻译件一起提交给波兰机关。"),
            ("es", "Certificado de nacimiento", "Documento del registro civil del país de nacimiento. El certificado expedido en el extranjero se entrega en la oficina polaca junto con una traducción jurada."),
            ("de", "Geburtsurkunde", "Personenstandsurkunde aus dem Geburtsland. Eine im Ausland ausgestellte Urkunde wird bei polnischen Ämtern zusammen mit einer beglaubigten Übersetzung eingereicht."),
            ("it", "Certificato di nascita", "Documento di stato civile del paese di nascita. Il certificato rilasciato all'estero si presenta all'ufficio polacco insieme a una traduzione giurata."),
            ("nl", "Geboorteakte", "Akte van de burgerlijke stand uit het geboorteland. Een in het buitenland afgegeven akte lever je bij een Pools kantoor in samen met een beëdigde vertaling."))),
        new(ContentKind.Document, "sworn-translation", DemoContent.Texts(
            ("pl", "Tłumaczenie przysięgłe", "Tłumaczenie dokumentu na język polski wykonane i poświadczone pieczęcią przez [tłumacza przysięgłego](term:sworn-translator). Urzędy przyjmują zagraniczne dokumenty z takim tłumaczeniem."),
            ("en", "Sworn translation", "A translation of a document into Polish, made and certified with a seal by a [sworn translator](term:sworn-translator). Offices accept foreign documents with such a translation."),
            ("uk", "Присяжний переклад", "Переклад документа польською, виконаний і засвідчений печаткою [присяжного перекладача](term:sworn-translator). Установи приймають іноземні документи з таким перекладом."),
            ("ru", "Присяжный перевод", "Перевод документа на польский язык, выполненный и заверенный печатью [присяжного переводчика](term:sworn-translator). Учреждения принимают иностранные документы с таким переводом."),
            ("ar", "الترجمة المحلَّفة", "ترجمة وثيقة إلى اللغة البولندية يعدّها [مترجم محلَّف](term:sworn-translator) ويصادق عليها بختمه. تقبل المكاتب الوثائق الأجنبية المرفقة بهذه الترجمة."),
            ("prs", "ترجمهٔ رسمی", "ترجمهٔ یک سند به زبان پولندی که [ترجمان رسمی](term:sworn-translator) آن را انجام داده و با مهر تأیید کرده است. اداره‌ها اسناد خارجی را با چنین ترجمه‌ای می‌پذیرند."),
            ("ur", "حلف یافتہ ترجمہ", "کسی دستاویز کا پولش ترجمہ جو [حلف یافتہ مترجم](term:sworn-translator) نے کیا ہو اور مہر سے تصدیق کی ہو۔ دفاتر غیر ملکی دستاویزات ایسے ترجمے کے ساتھ قبول کرتے ہیں۔"),
            ("zh-Hans", "宣誓翻译件", "由[宣誓翻译员](term:sworn-translator)译成波兰语并加盖印章认证的文件译本。政府机关接受附有此类译本的外国文件。"),
            ("es", "Traducción jurada", "Traducción de un documento al polaco hecha y certificada con sello por un [traductor jurado](term:sworn-translator). Las oficinas aceptan documentos extranjeros con esta traducción."),
            ("de", "Beglaubigte Übersetzung", "Übersetzung eines Dokuments ins Polnische, angefertigt und mit Stempel beglaubigt von einem [vereidigten Übersetzer](term:sworn-translator). Ämter nehmen ausländische Dokumente mit einer solchen Übersetzung an."),
            ("it", "Traduzione giurata", "Traduzione di un documento in polacco eseguita e certificata con timbro da un [traduttore giurato](term:sworn-translator). Gli uffici accettano documenti stranieri con questa traduzione."),
            ("nl", "Beëdigde vertaling", "Vertaling van een document in het Pools, gemaakt en met een stempel gewaarmerkt door een [beëdigd vertaler](term:sworn-translator). Kantoren aanvaarden buitenlandse documenten met zo'n vertaling."))),
    ];

    /// <summary>The glossary terms the procedures mention that the seed had not.</summary>
    public static readonly IReadOnlyList<DemoContent.Item> Terms =
    [
        new(ContentKind.Term, "address-registration", DemoContent.Texts(
            ("pl", "Zameldowanie", "Wpisanie adresu, pod którym mieszkasz, do rejestru mieszkańców w urzędzie gminy. Cudzoziemiec, który mieszka pod jednym adresem dłużej niż 30 dni, ma obowiązek się zameldować."),
            ("en", "Address registration", "Entering the address where you live in the register of residents at the municipal office. A foreigner who lives at one address for more than 30 days must register it."),
            ("uk", "Реєстрація місця проживання", "Внесення адреси, за якою ви живете, до реєстру мешканців в управлінні гміни. Іноземець, який живе за однією адресою понад 30 днів, зобов'язаний зареєструватися."),
            ("ru", "Регистрация по месту жительства", "Внесение адреса, по которому вы живёте, в реестр жителей в управлении гмины. Иностранец, который живёт по одному адресу более 30 дней, обязан зарегистрироваться."),
            ("ar", "تسجيل العنوان", "إدراج العنوان الذي تسكن فيه في سجل السكان لدى مكتب البلدية. يجب على الأجنبي الذي يسكن في عنوان واحد أكثر من 30 يومًا أن يسجّله."),
            ("prs", "ثبت آدرس", "درج آدرسی که در آن زندگی می‌کنید در ثبت باشندگان در شاروالی. شخص خارجی که بیش از ۳۰ روز در یک آدرس زندگی می‌کند، باید آن را ثبت کند."),
            ("ur", "پتے کا اندراج", "میونسپل دفتر میں رہائشیوں کے رجسٹر میں اس پتے کا اندراج جہاں آپ رہتے ہیں۔ جو غیر ملکی ایک پتے پر 30 دن سے زیادہ رہے، اس پر اندراج کروانا لازم ہے۔"),
            ("zh-Hans", "住址登记", "在乡镇政府办公室将您的居住地址登记到居民登记册中。在同一地址居住超过 30 天的外国人必须办理登记。"),
            ("es", "Empadronamiento", "Inscripción de la dirección donde vives en el registro de residentes de la oficina municipal. Un extranjero que vive más de 30 días en una misma dirección debe empadronarse."),
            ("de", "Anmeldung des Wohnsitzes", "Eintragung der Adresse, an der Sie wohnen, in das Einwohnerregister beim Gemeindeamt. Ausländer, die länger als 30 Tage an einer Adresse wohnen, müssen sich anmelden."),
            ("it", "Iscrizione anagrafica", "Registrazione dell'indirizzo in cui vivi nel registro dei residenti presso l'ufficio comunale. Lo straniero che vive allo stesso indirizzo per più di 30 giorni deve registrarsi."),
            ("nl", "Inschrijving op een adres", "Opname van het adres waar je woont in het bevolkingsregister bij het gemeentekantoor. Een buitenlander die langer dan 30 dagen op één adres woont, moet zich inschrijven."))),
        new(ContentKind.Term, "sworn-translator", DemoContent.Texts(
            ("pl", "Tłumacz przysięgły", "Tłumacz wpisany na listę Ministra Sprawiedliwości. Jego tłumaczenia, poświadczone pieczęcią, przyjmują sądy i urzędy."),
            ("en", "Sworn translator", "A translator on the Minister of Justice's list. Courts and offices accept their translations, certified with their seal."),
            ("uk", "Присяжний перекладач", "Перекладач, внесений до списку Міністра юстиції. Його переклади, засвідчені печаткою, приймають суди й установи."),
            ("ru", "Присяжный переводчик", "Переводчик, внесённый в список Министра юстиции. Его переводы, заверенные печатью, принимают суды и учреждения."),
            ("ar", "مترجم محلَّف", "مترجم مدرج في قائمة وزير العدل. تقبل المحاكم والمكاتب ترجماته المصادق عليها بختمه."),
            ("prs", "ترجمان رسمی", "ترجمانی که در فهرست وزیر عدلیه ثبت شده است. محکمه‌ها و اداره‌ها ترجمه‌های او را که با مهرش تأیید شده می‌پذیرند."),
            ("ur", "حلف یافتہ مترجم", "وزیرِ انصاف کی فہرست میں درج مترجم۔ عدالتیں اور دفاتر اس کے مہر سے تصدیق شدہ ترجمے قبول کرتے ہیں۔"),
            ("zh-Hans", "宣誓翻译员", "列入司法部长名单的翻译员。法院和政府机关接受其加盖印章认证的译文。"),
            ("es", "Traductor jurado", "Traductor inscrito en la lista del Ministro de Justicia. Los tribunales y las oficinas aceptan sus traducciones certificadas con su sello."),
            ("de", "Vereidigter Übersetzer", "Übersetzer auf der Liste des Justizministers. Gerichte und Ämter nehmen seine mit Stempel beglaubigten Übersetzungen an."),
            ("it", "Traduttore giurato", "Traduttore iscritto nell'elenco del Ministro della Giustizia. Tribunali e uffici accettano le sue traduzioni certificate con il suo timbro."),
            ("nl", "Beëdigd vertaler", "Vertaler op de lijst van de minister van Justitie. Rechtbanken en kantoren aanvaarden zijn of haar vertalingen, gewaarmerkt met een stempel."))),
    ];

    /// <summary>A step of a demo procedure; document and step lists are written plainly ("passport residence-card") and kept space-padded.</summary>
    private static ProcedureStep Step(
        Guid itemId, Guid tenantId, int position, string key, string after = "", string needs = "", string produces = "",
        decimal? cost = null, Place? place = null, string? online = null) => new()
        {
            ItemId = itemId, TenantId = tenantId, Position = position, Key = key, After = Listed(after), Needs = Listed(needs), Produces = Listed(produces),
            CostAmount = cost, CostCurrency = cost is null ? null : "PLN",
            PlaceName = place?.Name ?? "", Address = place?.Address ?? "", Latitude = place?.Latitude, Longitude = place?.Longitude, OpeningHours = place?.Hours ?? "",
            OnlineUrl = online,
        };

    private static string Listed(string words) => SpacedList.Of(SpacedList.Codes(words));
}
