using Pathway.Portal.Content;
using Pathway.Portal.Services;

namespace Pathway.Portal.Demo;

/// <summary>The demo tenant's service directory: six services across Warsaw's districts, in Polish, English and Ukrainian, with machine drafts in the other nine languages.</summary>
internal static class DemoServices
{
    public sealed record Service(DemoContent.Item Item, Func<Guid, Guid, ServiceDetails> Facts);

    /// <summary>Polish, English and Ukrainian published; the other nine languages as machine drafts.</summary>
    private static Dictionary<string, DemoContent.Text> Texts(
        string pl, string plBody, string en, string enBody, string uk, string ukBody, params (string Language, string Title, string Body)[] drafts) =>
        DemoContent.Texts([("pl", pl, plBody), ("en", en, enBody), ("uk", uk, ukBody), .. drafts]);

    private static ServiceDetails Facts(
        Guid item, Guid tenant, ServiceCategory category, string languages, StaffGender staff, string groups, string district, string place, string address,
        double latitude, double longitude, string hours, string? phone = null, string? email = null) => new()
        {
            ItemId = item, TenantId = tenant, Category = category, Languages = SpacedList.Of(languages.Split(' ')), StaffGender = staff,
            TargetGroups = SpacedList.Of(groups.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
            District = district, PlaceName = place, Address = address, Latitude = latitude, Longitude = longitude, OpeningHours = hours, Phone = phone, Email = email, Free = true,
        };

    public static readonly IReadOnlyList<Service> All =
    [
        new(new(ContentKind.Service, "legal-advice-srodmiescie", Texts(
                "Porady prawne dla cudzoziemców", "Bezpłatne porady w sprawach pobytu, pracy i rodziny. Pomagamy wypełnić wniosek i przygotować odwołanie.",
                "Legal advice for foreigners", "Free advice on residence, work and family matters. We help you fill in an application and prepare an appeal.",
                "Юридичні консультації для іноземців", "Безкоштовні консультації щодо перебування, роботи та сім'ї. Допомагаємо заповнити заяву та підготувати оскарження.",
                ("ru", "Юридические консультации для иностранцев", "Бесплатные консультации по вопросам пребывания, работы и семьи. Помогаем заполнить заявление и подготовить обжалование."),
                ("ar", "استشارات قانونية للأجانب", "استشارات مجانية في شؤون الإقامة والعمل والأسرة. نساعدك في ملء الطلب وإعداد الطعن."),
                ("prs", "مشورهٔ حقوقی برای خارجی‌ها", "مشورهٔ رایگان در امور اقامت، کار و خانواده. در پُر کردن درخواست و آماده کردن اعتراض کمک می‌کنیم."),
                ("ur", "غیر ملکیوں کے لیے قانونی مشورہ", "رہائش، کام اور خاندان کے معاملات میں مفت مشورہ۔ ہم درخواست پُر کرنے اور اپیل تیار کرنے میں مدد کرتے ہیں۔"),
                ("zh-Hans", "外国人法律咨询", "就居留、工作和家庭事务提供免费咨询。我们帮助您填写申请并准备申诉。"),
                ("es", "Asesoría jurídica para extranjeros", "Asesoramiento gratuito sobre residencia, trabajo y familia. Te ayudamos a rellenar la solicitud y a preparar un recurso."),
                ("de", "Rechtsberatung für Ausländer", "Kostenlose Beratung zu Aufenthalt, Arbeit und Familie. Wir helfen beim Ausfüllen des Antrags und bei der Vorbereitung eines Widerspruchs."),
                ("it", "Consulenza legale per stranieri", "Consulenza gratuita su soggiorno, lavoro e famiglia. Ti aiutiamo a compilare la domanda e a preparare un ricorso."),
                ("nl", "Juridisch advies voor buitenlanders", "Gratis advies over verblijf, werk en gezin. We helpen je een aanvraag in te vullen en een bezwaar voor te bereiden."))),
            (i, t) => Facts(i, t, ServiceCategory.LegalAdvice, "pl uk ru en", StaffGender.WomenAndMen, "", "Śródmieście", "Punkt informacyjny dla cudzoziemców",
                "ul. Marszałkowska 77/79, 00-683 Warszawa", 52.2297, 21.0122, "Mo-Fr 10:00-18:00", "+48 22 100 20 30", "porady@example.org")),
        new(new(ContentKind.Service, "support-for-women-praga", Texts(
                "Wsparcie psychologiczne dla kobiet", "Rozmowy z psycholożką w bezpiecznym miejscu, także dla kobiet, które doznały przemocy. Przyjmują wyłącznie kobiety.",
                "Psychological support for women", "Talks with a psychologist in a safe place, also for women who have suffered violence. Only women work here.",
                "Психологічна підтримка для жінок", "Розмови з психологинею в безпечному місці, також для жінок, які пережили насильство. Приймають лише жінки.",
                ("ru", "Психологическая поддержка для женщин", "Беседы с психологом-женщиной в безопасном месте, в том числе для женщин, переживших насилие. Принимают только женщины."),
                ("ar", "دعم نفسي للنساء", "جلسات مع أخصائية نفسية في مكان آمن، ومنها للنساء اللواتي تعرّضن للعنف. لا يعمل هنا إلا نساء."),
                ("prs", "حمایت روانی برای زنان", "گفتگو با یک روان‌شناس زن در جای امن، همچنین برای زنانی که خشونت را تجربه کرده‌اند. تنها زنان در اینجا کار می‌کنند."),
                ("ur", "خواتین کے لیے نفسیاتی معاونت", "محفوظ جگہ پر خاتون ماہرِ نفسیات سے بات چیت، ان خواتین کے لیے بھی جنہوں نے تشدد سہا ہو۔ یہاں صرف خواتین کام کرتی ہیں۔"),
                ("zh-Hans", "女性心理支持", "在安全的地方与女性心理咨询师交谈，也面向遭受过暴力的女性。这里只有女性工作人员。"),
                ("es", "Apoyo psicológico para mujeres", "Conversaciones con una psicóloga en un lugar seguro, también para mujeres que han sufrido violencia. Solo atienden mujeres."),
                ("de", "Psychologische Unterstützung für Frauen", "Gespräche mit einer Psychologin an einem sicheren Ort, auch für Frauen, die Gewalt erfahren haben. Hier arbeiten nur Frauen."),
                ("it", "Sostegno psicologico per donne", "Colloqui con una psicologa in un luogo sicuro, anche per donne che hanno subito violenza. Qui lavorano solo donne."),
                ("nl", "Psychologische steun voor vrouwen", "Gesprekken met een psychologe op een veilige plek, ook voor vrouwen die geweld hebben meegemaakt. Hier werken alleen vrouwen."))),
            (i, t) => Facts(i, t, ServiceCategory.MentalHealth, "uk ru pl", StaffGender.Women, "women survivors-of-violence", "Praga-Północ", "Centrum wsparcia kobiet",
                "ul. Targowa 15, 03-728 Warszawa", 52.2520, 21.0370, "Tu,Th 12:00-19:00", "+48 22 200 30 40")),
        new(new(ContentKind.Service, "clinic-wola", Texts(
                "Przychodnia rodzinna Wola", "Lekarze rodzinni i pediatra w ramach NFZ. Lekarka i lekarz mówią po ukraińsku i angielsku.",
                "Wola family clinic", "Family doctors and a paediatrician under the public health fund. A woman and a man doctor speak Ukrainian and English.",
                "Сімейна поліклініка Воля", "Сімейні лікарі та педіатр за рахунок NFZ. Лікарка й лікар говорять українською та англійською.",
                ("ru", "Семейная поликлиника Воля", "Семейные врачи и педиатр за счёт NFZ. Врач-женщина и врач-мужчина говорят по-украински и по-английски."),
                ("ar", "عيادة الأسرة في فولا", "أطباء أسرة وطبيب أطفال ضمن الصندوق الوطني للصحة (NFZ). طبيبة وطبيب يتحدثان الأوكرانية والإنجليزية."),
                ("prs", "کلینیک خانوادگی وولا", "داکتران خانواده و داکتر اطفال در چارچوب NFZ. یک داکتر زن و یک داکتر مرد به زبان‌های اوکراینی و انگلیسی صحبت می‌کنند."),
                ("ur", "وولا فیملی کلینک", "NFZ کے تحت فیملی ڈاکٹر اور بچوں کا ڈاکٹر۔ ایک خاتون اور ایک مرد ڈاکٹر یوکرینی اور انگریزی بولتے ہیں۔"),
                ("zh-Hans", "沃拉家庭诊所", "由 NFZ 承担费用的家庭医生和儿科医生。一位女医生和一位男医生会说乌克兰语和英语。"),
                ("es", "Centro de salud familiar Wola", "Médicos de familia y pediatra del NFZ. Una médica y un médico hablan ucraniano e inglés."),
                ("de", "Hausarztpraxis Wola", "Hausärzte und ein Kinderarzt über den NFZ. Eine Ärztin und ein Arzt sprechen Ukrainisch und Englisch."),
                ("it", "Ambulatorio di medicina di famiglia Wola", "Medici di famiglia e pediatra convenzionati con il NFZ. Una dottoressa e un dottore parlano ucraino e inglese."),
                ("nl", "Huisartsenpraktijk Wola", "Huisartsen en een kinderarts via het NFZ. Een vrouwelijke en een mannelijke arts spreken Oekraïens en Engels."))),
            (i, t) => Facts(i, t, ServiceCategory.Health, "pl uk en", StaffGender.WomenAndMen, "families children", "Wola", "Przychodnia Wola",
                "ul. Wolska 40, 01-187 Warszawa", 52.2340, 20.9650, "Mo-Fr 08:00-20:00", "+48 22 300 40 50")),
        new(new(ContentKind.Service, "polish-course-mokotow", Texts(
                "Kurs języka polskiego", "Bezpłatny kurs polskiego dla dorosłych na poziomach A1–B1, dwa razy w tygodniu wieczorem.",
                "Polish language course", "A free Polish course for adults at levels A1–B1, two evenings a week.",
                "Курс польської мови", "Безкоштовний курс польської для дорослих на рівнях A1–B1, двічі на тиждень увечері.",
                ("ru", "Курс польского языка", "Бесплатный курс польского для взрослых на уровнях A1–B1, два раза в неделю по вечерам."),
                ("ar", "دورة اللغة البولندية", "دورة مجانية في اللغة البولندية للبالغين من المستوى A1 إلى B1، مرتين في الأسبوع مساءً."),
                ("prs", "کورس زبان پولندی", "کورس رایگان پولندی برای بزرگسالان در سطح‌های A1 تا B1، دو شب در هفته."),
                ("ur", "پولش زبان کا کورس", "بالغوں کے لیے A1 سے B1 سطح تک پولش کا مفت کورس، ہفتے میں دو شامیں۔"),
                ("zh-Hans", "波兰语课程", "面向成人的免费波兰语课程，A1–B1 级别，每周两个晚上。"),
                ("es", "Curso de polaco", "Curso gratuito de polaco para adultos, niveles A1–B1, dos tardes por semana."),
                ("de", "Polnischkurs", "Kostenloser Polnischkurs für Erwachsene auf den Niveaus A1–B1, zweimal pro Woche abends."),
                ("it", "Corso di lingua polacca", "Corso gratuito di polacco per adulti, livelli A1–B1, due sere alla settimana."),
                ("nl", "Cursus Pools", "Gratis cursus Pools voor volwassenen op niveau A1–B1, twee avonden per week."))),
            (i, t) => Facts(i, t, ServiceCategory.Language, "pl en uk ru ar", StaffGender.NotStated, "", "Mokotów", "Dom Kultury Mokotów",
                "ul. Puławska 100, 02-620 Warszawa", 52.1950, 21.0230, "Mo,We 17:00-19:00", email: "kurs@example.org")),
        new(new(ContentKind.Service, "housing-help-praga", Texts(
                "Pomoc w szukaniu mieszkania", "Doradztwo przy wynajmie: umowa, kaucja, meldunek. Pomagamy rodzinom znaleźć mieszkanie.",
                "Help finding a home", "Advice on renting: the contract, the deposit, registering your address. We help families find a flat.",
                "Допомога в пошуку житла", "Консультації щодо оренди: договір, застава, реєстрація. Допомагаємо сім'ям знайти житло.",
                ("ru", "Помощь в поиске жилья", "Консультации по аренде: договор, залог, регистрация по месту жительства. Помогаем семьям найти квартиру."),
                ("ar", "المساعدة في البحث عن سكن", "استشارات بشأن الإيجار: العقد والتأمين وتسجيل العنوان. نساعد الأسر على إيجاد شقة."),
                ("prs", "کمک در پیدا کردن خانه", "مشوره دربارهٔ کرایه: قرارداد، پول ضمانت و ثبت آدرس. به خانواده‌ها در پیدا کردن آپارتمان کمک می‌کنیم."),
                ("ur", "رہائش تلاش کرنے میں مدد", "کرایے کے بارے میں مشورہ: معاہدہ، زرِ ضمانت، پتے کا اندراج۔ ہم خاندانوں کو فلیٹ ڈھونڈنے میں مدد دیتے ہیں۔"),
                ("zh-Hans", "找房帮助", "租房咨询：合同、押金、住址登记。我们帮助家庭找到住房。"),
                ("es", "Ayuda para encontrar vivienda", "Asesoramiento sobre el alquiler: el contrato, la fianza, el empadronamiento. Ayudamos a las familias a encontrar piso."),
                ("de", "Hilfe bei der Wohnungssuche", "Beratung zur Miete: Vertrag, Kaution, Anmeldung des Wohnsitzes. Wir helfen Familien, eine Wohnung zu finden."),
                ("it", "Aiuto nella ricerca di una casa", "Consulenza sull'affitto: il contratto, la cauzione, l'iscrizione anagrafica. Aiutiamo le famiglie a trovare un appartamento."),
                ("nl", "Hulp bij het zoeken naar een woning", "Advies over huren: het contract, de borg, de inschrijving op je adres. We helpen gezinnen een woning te vinden."))),
            (i, t) => Facts(i, t, ServiceCategory.Housing, "pl uk ka", StaffGender.WomenAndMen, "families", "Praga-Południe", "Punkt mieszkaniowy",
                "ul. Grochowska 200, 04-357 Warszawa", 52.2460, 21.0850, "Mo-Fr 09:00-15:00", "+48 22 400 50 60")),
        new(new(ContentKind.Service, "youth-club-bemowo", Texts(
                "Świetlica dla dzieci i młodzieży", "Odrabianie lekcji, zajęcia i opiekunowie po szkole, także dla dzieci bez opieki rodziców.",
                "Children's and youth club", "Homework help, activities and carers after school, also for children without their parents.",
                "Клуб для дітей та молоді", "Допомога з уроками, заняття та опікуни після школи, також для дітей без батьків.",
                ("ru", "Клуб для детей и молодёжи", "Помощь с уроками, занятия и воспитатели после школы, в том числе для детей без родителей."),
                ("ar", "نادٍ للأطفال والشباب", "مساعدة في الواجبات المدرسية وأنشطة ومشرفون بعد المدرسة، ومنها للأطفال غير المصحوبين بذويهم."),
                ("prs", "کلوپ اطفال و نوجوانان", "کمک در کارخانگی، فعالیت‌ها و مراقبان پس از مکتب، همچنین برای اطفالی که بدون والدین هستند."),
                ("ur", "بچوں اور نوجوانوں کا کلب", "اسکول کے بعد ہوم ورک میں مدد، سرگرمیاں اور نگران، ان بچوں کے لیے بھی جو والدین کے بغیر ہیں۔"),
                ("zh-Hans", "儿童和青少年活动中心", "放学后的作业辅导、活动和看护人员，也面向没有父母陪伴的儿童。"),
                ("es", "Centro para niños y jóvenes", "Ayuda con los deberes, actividades y monitores después del colegio, también para niños sin sus padres."),
                ("de", "Treff für Kinder und Jugendliche", "Hausaufgabenhilfe, Angebote und Betreuung nach der Schule, auch für Kinder ohne ihre Eltern."),
                ("it", "Centro per bambini e ragazzi", "Aiuto con i compiti, attività ed educatori dopo la scuola, anche per bambini senza i genitori."),
                ("nl", "Club voor kinderen en jongeren", "Hulp bij huiswerk, activiteiten en begeleiders na school, ook voor kinderen zonder hun ouders."))),
            (i, t) => Facts(i, t, ServiceCategory.ChildrenAndFamily, "pl uk be", StaffGender.NotStated, "children unaccompanied-minors", "Bemowo", "Świetlica Bemowo",
                "ul. Powstańców Śląskich 50, 01-381 Warszawa", 52.2440, 20.9300, "Mo-Fr 14:00-19:00")),
    ];
}
