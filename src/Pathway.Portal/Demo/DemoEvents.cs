using Pathway.Portal.Content;
using Pathway.Portal.Events;

namespace Pathway.Portal.Demo;

/// <summary>
/// The demo tenant's events besides the workshop (<see cref="DemoContent.Workshop"/>): an NGO's Polish
/// conversation club a week after seeding and an NFZ session on health insurance three weeks after,
/// each with its own date, place, languages and places.
/// </summary>
internal static class DemoEvents
{
    /// <summary>When and where an event is, counted from the day of seeding in Warsaw time.</summary>
    public sealed record Facts(int DaysAhead, TimeOnly Starts, TimeOnly Ends, string Place, string Address, double Latitude, double Longitude, string Languages, int Capacity);

    public sealed record Event(DemoContent.Item Item, Facts Facts);

    public static readonly IReadOnlyList<Event> All =
    [
        new(new(ContentKind.Event, "polish-conversation-club", DemoContent.Texts(
                ("pl", "Klub konwersacyjny: rozmawiamy po polsku", """
                    Spotkanie dla dorosłych, którzy uczą się polskiego na poziomie A2 lub wyższym. Rozmawiamy w małych grupach o codziennych sprawach: zakupach, wizycie u lekarza, rozmowie z sąsiadem czy w urzędzie.

                    Spotkanie prowadzą wolontariusze fundacji; w razie potrzeby pomagają po ukraińsku i po angielsku. Udział jest bezpłatny, liczba miejsc ograniczona.
                    """),
                ("en", "Conversation club: let's talk in Polish", """
                    A meeting for adults learning Polish at level A2 or higher. We talk in small groups about everyday things: shopping, a visit to the doctor, a chat with a neighbour or at an office.

                    Volunteers of a foundation run the meeting; they help in Ukrainian and English when needed. Taking part is free; places are limited.
                    """),
                ("uk", "Розмовний клуб: говоримо польською", """
                    Зустріч для дорослих, які вивчають польську на рівні A2 або вище. Розмовляємо в малих групах про щоденні справи: покупки, візит до лікаря, розмову із сусідом чи в установі.

                    Зустріч проводять волонтери фундації; за потреби допомагають українською та англійською. Участь безкоштовна, кількість місць обмежена.
                    """),
                ("ru", "Разговорный клуб: говорим по-польски", """
                    Встреча для взрослых, которые изучают польский на уровне A2 или выше. Разговариваем в небольших группах о повседневных делах: покупках, визите к врачу, разговоре с соседом или в учреждении.

                    Встречу ведут волонтёры фонда; при необходимости помогают на украинском и английском. Участие бесплатное, количество мест ограничено.
                    """),
                ("ar", "نادي المحادثة: لنتحدث بالبولندية", """
                    لقاء للبالغين الذين يتعلمون البولندية بمستوى A2 أو أعلى. نتحدث في مجموعات صغيرة عن أمور الحياة اليومية: التسوق، وزيارة الطبيب، والحديث مع الجار أو في أحد المكاتب.

                    يدير اللقاء متطوعو إحدى المؤسسات، ويقدّمون المساعدة بالأوكرانية والإنجليزية عند الحاجة. المشاركة مجانية، والأماكن محدودة.
                    """),
                ("prs", "کلوپ گفتگو: به زبان پولندی صحبت می‌کنیم", """
                    نشستی برای بزرگسالانی که پولندی را در سطح A2 یا بالاتر می‌آموزند. در گروه‌های کوچک دربارهٔ کارهای روزمره صحبت می‌کنیم: خرید، رفتن نزد داکتر، گفتگو با همسایه یا در اداره.

                    داوطلبان یک بنیاد این نشست را پیش می‌برند و در صورت نیاز به زبان‌های اوکراینی و انگلیسی کمک می‌کنند. شرکت رایگان است و جاها محدود است.
                    """),
                ("ur", "گفتگو کلب: آئیں پولش میں بات کریں", """
                    ان بالغوں کے لیے ملاقات جو A2 یا اس سے اونچی سطح پر پولش سیکھ رہے ہیں۔ ہم چھوٹے گروپوں میں روزمرہ باتوں پر گفتگو کرتے ہیں: خریداری، ڈاکٹر کے پاس جانا، پڑوسی سے یا کسی دفتر میں بات چیت۔

                    ملاقات ایک فاؤنڈیشن کے رضاکار چلاتے ہیں؛ ضرورت ہو تو وہ یوکرینی اور انگریزی میں مدد کرتے ہیں۔ شرکت مفت ہے، جگہیں محدود ہیں۔
                    """),
                ("zh-Hans", "会话俱乐部：一起说波兰语", """
                    面向波兰语水平达到 A2 或以上的成年学习者的聚会。我们分成小组，聊日常生活中的事情：购物、看医生、和邻居或在政府办公室交谈。

                    聚会由一家基金会的志愿者主持；如有需要，他们可以用乌克兰语和英语提供帮助。参加免费，名额有限。
                    """),
                ("es", "Club de conversación: hablamos en polaco", """
                    Un encuentro para adultos que aprenden polaco con un nivel A2 o superior. Hablamos en grupos pequeños de cosas cotidianas: las compras, una visita al médico, una conversación con un vecino o en una oficina.

                    Dirigen el encuentro voluntarios de una fundación; si hace falta, ayudan en ucraniano y en inglés. La participación es gratuita y las plazas son limitadas.
                    """),
                ("de", "Gesprächsklub: Wir sprechen Polnisch", """
                    Ein Treffen für Erwachsene, die Polnisch auf Niveau A2 oder höher lernen. Wir sprechen in kleinen Gruppen über Alltägliches: Einkaufen, einen Arztbesuch, ein Gespräch mit den Nachbarn oder auf einem Amt.

                    Ehrenamtliche einer Stiftung leiten das Treffen; bei Bedarf helfen sie auf Ukrainisch und Englisch. Die Teilnahme ist kostenlos, die Plätze sind begrenzt.
                    """),
                ("it", "Club di conversazione: parliamo polacco", """
                    Un incontro per adulti che studiano il polacco a livello A2 o superiore. Parliamo in piccoli gruppi di cose di tutti i giorni: la spesa, una visita dal medico, una conversazione con un vicino o in un ufficio.

                    L'incontro è guidato da volontari di una fondazione; se serve, aiutano in ucraino e in inglese. La partecipazione è gratuita, i posti sono limitati.
                    """),
                ("nl", "Praatclub: we spreken Pools", """
                    Een bijeenkomst voor volwassenen die Pools leren op niveau A2 of hoger. We praten in kleine groepjes over alledaagse dingen: boodschappen doen, een bezoek aan de dokter, een gesprek met de buren of op een kantoor.

                    Vrijwilligers van een stichting leiden de bijeenkomst; als het nodig is, helpen ze in het Oekraïens en het Engels. Deelname is gratis, het aantal plaatsen is beperkt.
                    """))),
            new(7, new TimeOnly(18, 0), new TimeOnly(19, 30), "Centrum Wielokulturowe w Warszawie", "ul. Jagiellońska 54, 03-468 Warszawa", 52.2597, 21.0297, "pl uk en", 15)),
        new(new(ContentKind.Event, "health-insurance-session", DemoContent.Texts(
                ("pl", "Spotkanie informacyjne: ubezpieczenie zdrowotne w NFZ", """
                    Wyjaśnimy, kiedy ubezpiecza cię pracodawca, jak zgłosić do ubezpieczenia rodzinę i kiedy warto podpisać z NFZ umowę o dobrowolne ubezpieczenie. Pokażemy też, jak sprawdzić swoje ubezpieczenie w Internetowym Koncie Pacjenta.

                    Spotkanie prowadzą pracownicy NFZ; tłumaczenie na ukraiński i rosyjski na miejscu. Przyjdź ze swoimi pytaniami.
                    """),
                ("en", "Information session: public health insurance with the NFZ", """
                    We explain when your employer insures you, how to register your family for insurance, and when a voluntary insurance contract with the NFZ is worth signing. We also show how to check your insurance in the Internet Patient Account.

                    NFZ staff run the session; Ukrainian and Russian interpreting on site. Come with your questions.
                    """),
                ("uk", "Інформаційна зустріч: медичне страхування в NFZ", """
                    Пояснимо, коли вас страхує роботодавець, як зареєструвати в страхуванні родину і коли варто укласти з NFZ договір про добровільне страхування. Також покажемо, як перевірити своє страхування в Інтернет-акаунті пацієнта.

                    Зустріч проводять працівники NFZ; переклад українською та російською на місці. Приходьте зі своїми запитаннями.
                    """),
                ("ru", "Информационная встреча: медицинское страхование в NFZ", """
                    Объясним, когда вас страхует работодатель, как зарегистрировать в страховании семью и когда стоит заключить с NFZ договор о добровольном страховании. Также покажем, как проверить свою страховку в Интернет-аккаунте пациента.

                    Встречу ведут сотрудники NFZ; перевод на украинский и русский на месте. Приходите со своими вопросами.
                    """),
                ("ar", "لقاء إعلامي: التأمين الصحي لدى الصندوق الوطني للصحة (NFZ)", """
                    نشرح متى يؤمّنك صاحب العمل، وكيف تسجّل أسرتك في التأمين، ومتى يكون من المفيد توقيع عقد تأمين طوعي مع الصندوق. ونعرض أيضًا كيف تتحقق من تأمينك في حساب المريض الإلكتروني.

                    يدير اللقاء موظفو الصندوق، مع ترجمة فورية إلى الأوكرانية والروسية في المكان. تعال ومعك أسئلتك.
                    """),
                ("prs", "نشست معلوماتی: بیمهٔ صحی در NFZ", """
                    توضیح می‌دهیم که چه وقت کارفرما شما را بیمه می‌کند، چگونه خانوادهٔ خود را در بیمه ثبت کنید و چه وقت امضای قرارداد بیمهٔ داوطلبانه با NFZ به فایدهٔ شماست. همچنین نشان می‌دهیم که چگونه بیمهٔ خود را در حساب انترنتی مریض بررسی کنید.

                    کارمندان NFZ این نشست را پیش می‌برند؛ ترجمه به زبان‌های اوکراینی و روسی در محل فراهم است. با پرسش‌های خود بیایید.
                    """),
                ("ur", "معلوماتی نشست: NFZ میں صحت کا بیمہ", """
                    ہم بتائیں گے کہ آپ کا آجر کب آپ کا بیمہ کرتا ہے، اپنے خاندان کا بیمے میں اندراج کیسے کروائیں، اور NFZ کے ساتھ رضاکارانہ بیمے کا معاہدہ کب فائدہ مند ہے۔ ہم یہ بھی دکھائیں گے کہ انٹرنیٹ پیشنٹ اکاؤنٹ میں اپنا بیمہ کیسے چیک کریں۔

                    نشست NFZ کا عملہ چلاتا ہے؛ موقع پر یوکرینی اور روسی میں ترجمہ دستیاب ہے۔ اپنے سوالات کے ساتھ آئیں۔
                    """),
                ("zh-Hans", "信息讲座：国家卫生基金（NFZ）医疗保险", """
                    我们将讲解雇主何时为您投保、如何为家人登记参保，以及在什么情况下值得与 NFZ 签订自愿保险合同。我们还会演示如何在网上患者账户中查询您的保险。

                    讲座由 NFZ 工作人员主讲；现场提供乌克兰语和俄语翻译。欢迎带着问题前来。
                    """),
                ("es", "Sesión informativa: el seguro médico del NFZ", """
                    Explicamos cuándo te asegura tu empleador, cómo inscribir a tu familia en el seguro y cuándo conviene firmar con el NFZ un contrato de seguro voluntario. También mostramos cómo comprobar tu seguro en la Cuenta del Paciente en Internet.

                    Dirige la sesión personal del NFZ, con interpretación al ucraniano y al ruso en la sala. Ven con tus preguntas.
                    """),
                ("de", "Infoveranstaltung: Krankenversicherung beim NFZ", """
                    Wir erklären, wann Ihr Arbeitgeber Sie versichert, wie Sie Ihre Familie zur Versicherung anmelden und wann sich ein Vertrag über eine freiwillige Versicherung beim NFZ lohnt. Außerdem zeigen wir, wie Sie Ihre Versicherung im Internet-Patientenkonto prüfen.

                    Mitarbeitende des NFZ leiten die Veranstaltung; Dolmetschen ins Ukrainische und Russische vor Ort. Bringen Sie Ihre Fragen mit.
                    """),
                ("it", "Incontro informativo: l'assicurazione sanitaria con il NFZ", """
                    Spieghiamo quando ti assicura il datore di lavoro, come iscrivere la famiglia all'assicurazione e quando conviene firmare con il NFZ un contratto di assicurazione volontaria. Mostriamo anche come verificare la tua assicurazione nel Conto Internet del Paziente.

                    L'incontro è tenuto dal personale del NFZ; interpretariato in ucraino e russo sul posto. Vieni con le tue domande.
                    """),
                ("nl", "Informatiebijeenkomst: ziektekostenverzekering bij het NFZ", """
                    We leggen uit wanneer je werkgever je verzekert, hoe je je gezin aanmeldt voor de verzekering en wanneer een vrijwillige verzekering bij het NFZ de moeite waard is. We laten ook zien hoe je je verzekering controleert in het Internet-Patiëntaccount.

                    Medewerkers van het NFZ leiden de bijeenkomst; ter plaatse wordt getolkt naar het Oekraïens en het Russisch. Kom met je vragen.
                    """))),
            new(21, new TimeOnly(16, 0), new TimeOnly(17, 30), "Mazowiecki Oddział Wojewódzki NFZ, sala konferencyjna", "ul. Chałubińskiego 8, 00-613 Warszawa", 52.2265, 21.0035, "pl uk ru", 40)),
    ];

    /// <summary>The facts of the demo event at <paramref name="slug"/>: the workshop's or one of <see cref="All"/>.</summary>
    public static Facts FactsOf(string slug) =>
        slug == "workshop-residence-application" ? DemoContent.Workshop : All.Single(e => string.Equals(e.Item.Slug, slug, StringComparison.Ordinal)).Facts;

    /// <summary>The event's details: <see cref="Facts.DaysAhead"/> days after <paramref name="now"/>, at its hours in Warsaw time.</summary>
    public static EventDetails Details(Facts facts, Guid itemId, Guid tenantId, DateTime now)
    {
        var warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, warsaw)).AddDays(facts.DaysAhead);
        return new EventDetails
        {
            ItemId = itemId, TenantId = tenantId, PlaceName = facts.Place, Address = facts.Address, Latitude = facts.Latitude, Longitude = facts.Longitude,
            Languages = facts.Languages, Capacity = facts.Capacity,
            StartsAt = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(facts.Starts), warsaw),
            EndsAt = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(facts.Ends), warsaw),
        };
    }
}
