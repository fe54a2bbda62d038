using Pathway.Portal.Content;

namespace Pathway.Portal.Demo;

internal static partial class DemoProcedures
{
    /// <summary>Family reunification: sworn translations, filing in MOS with the sponsor's card (PLN 340), fingerprints, the decision and the card.</summary>
    private static Procedure FamilyReunification => new(
        new(ContentKind.Procedure, "family-reunification", DemoContent.Texts(
            ("pl", "Pobyt czasowy w celu połączenia z rodziną", """
                Zezwolenie dla małżonka i małoletnich dzieci cudzoziemca, który mieszka w Polsce. Ten członek rodziny musi mieć na przykład zezwolenie na pobyt stały, zezwolenie na pobyt rezydenta długoterminowego UE albo zezwolenie na pobyt czasowy, jeśli mieszka w Polsce legalnie od co najmniej dwóch lat. Wniosek składa się w MOS; jeśli jesteś jeszcze za granicą, członek rodziny złoży go w twoim imieniu.

                ## Przygotuj tłumaczenia przysięgłe
                Akt małżeństwa i akty urodzenia dzieci wydane za granicą przetłumacz na język polski u [tłumacza przysięgłego](term:sworn-translator). Zwykłe tłumaczenie nie wystarczy. Cena zależy od długości dokumentu: zapytaj o nią przed zleceniem.

                ## Złóż wniosek w MOS
                Do wniosku dołącz skan paszportu, zdjęcie, tłumaczenia przysięgłe i kopię karty pobytu członka rodziny, a także dowody, że:

                - członek rodziny ma stabilny i regularny dochód wystarczający na utrzymanie całej rodziny;
                - ma tytuł prawny do mieszkania, na przykład umowę najmu;
                - masz ubezpieczenie zdrowotne.

                [Opłata skarbowa](term:stamp-duty) za zezwolenie wynosi 340 zł.

                ## Oddaj odciski palców w urzędzie
                Po wezwaniu przyjdź z paszportem do [urzędu wojewódzkiego](term:voivodeship-office), aby oddać odciski palców. Jeśli w dniu złożenia wniosku przebywasz za granicą, zrobisz to po przyjeździe do Polski.

                ## Odbierz decyzję i kartę pobytu
                Zezwolenie wydaje się najwyżej na 3 lata, ale nie dłużej, niż ważne jest zezwolenie członka rodziny. Po pozytywnej decyzji zapłać 100 zł za kartę pobytu i odbierz ją osobiście.
                """),
            ("en", "Temporary residence for family reunification", """
                A permit for the spouse and minor children of a foreigner who lives in Poland. That family member must hold, for example, a permanent residence permit, an EU long-term resident permit, or a temporary residence permit if they have lived in Poland legally for at least two years. The application is filed in MOS; if you are still abroad, your family member files it on your behalf.

                ## Get sworn translations
                Have a [sworn translator](term:sworn-translator) translate your marriage certificate and your children's birth certificates issued abroad into Polish. An ordinary translation is not enough. The price depends on the length of the document: ask before you order.

                ## File the application in MOS
                Attach a scan of your passport, a photo, the sworn translations and a copy of your family member's residence card, and proof that:

                - your family member has a stable and regular income that is enough to support the whole family;
                - they have a legal title to the home, for example a rental contract;
                - you have health insurance.

                The [stamp duty](term:stamp-duty) for the permit is PLN 340.

                ## Give your fingerprints at the office
                When you are called, come to the [voivodeship office](term:voivodeship-office) with your passport to give your fingerprints. If you are abroad on the day the application is filed, you do this after you arrive in Poland.

                ## Collect the decision and your residence card
                The permit is given for at most 3 years, and for no longer than your family member's permit is valid. After a positive decision, pay PLN 100 for the residence card and collect it in person.
                """),
            ("uk", "Тимчасове проживання з метою возз'єднання з родиною", """
                Дозвіл для чоловіка чи дружини та неповнолітніх дітей іноземця, який живе в Польщі. Цей член родини повинен мати, наприклад, дозвіл на постійне проживання, дозвіл на проживання довгострокового резидента ЄС або дозвіл на тимчасове проживання, якщо він легально живе в Польщі щонайменше два роки. Заяву подають у MOS; якщо ви ще за кордоном, член родини подасть її від вашого імені.

                ## Підготуйте присяжні переклади
                Свідоцтво про шлюб і свідоцтва про народження дітей, видані за кордоном, перекладіть польською в [присяжного перекладача](term:sworn-translator). Звичайного перекладу недостатньо. Ціна залежить від обсягу документа: запитайте про неї перед замовленням.

                ## Подайте заяву в MOS
                До заяви додайте скан паспорта, фото, присяжні переклади та копію карти побиту члена родини, а також докази того, що:

                - член родини має стабільний і регулярний дохід, достатній для утримання всієї родини;
                - він має правову підставу користування житлом, наприклад договір оренди;
                - у вас є медичне страхування.

                [Гербовий збір](term:stamp-duty) за дозвіл становить 340 злотих.

                ## Здайте відбитки пальців в управлінні
                Після виклику прийдіть із паспортом до [воєводського управління](term:voivodeship-office), щоб здати відбитки пальців. Якщо в день подання заяви ви перебуваєте за кордоном, зробите це після приїзду до Польщі.

                ## Отримайте рішення та карту побиту
                Дозвіл видають щонайбільше на 3 роки, але не довше, ніж дійсний дозвіл члена родини. Після позитивного рішення сплатіть 100 злотих за карту побиту й отримайте її особисто.
                """),
            ("ru", "Временное проживание с целью воссоединения семьи", """
                Разрешение для супруга и несовершеннолетних детей иностранца, который живёт в Польше. Этот член семьи должен иметь, например, разрешение на постоянное проживание, разрешение на проживание долгосрочного резидента ЕС или разрешение на временное проживание, если он легально живёт в Польше не менее двух лет. Заявление подают в MOS; если вы ещё за границей, член семьи подаст его от вашего имени.

                ## Подготовьте присяжные переводы
                Свидетельство о браке и свидетельства о рождении детей, выданные за границей, переведите на польский язык у [присяжного переводчика](term:sworn-translator). Обычного перевода недостаточно. Цена зависит от объёма документа: уточните её перед заказом.

                ## Подайте заявление в MOS
                Приложите к заявлению скан паспорта, фотографию, присяжные переводы и копию карты побыта члена семьи, а также доказательства того, что:

                - у члена семьи есть стабильный и регулярный доход, достаточный для содержания всей семьи;
                - у него есть правовое основание пользования жильём, например договор аренды;
                - у вас есть медицинская страховка.

                [Гербовый сбор](term:stamp-duty) за разрешение составляет 340 злотых.

                ## Сдайте отпечатки пальцев в управлении
                После вызова придите с паспортом в [воеводское управление](term:voivodeship-office), чтобы сдать отпечатки пальцев. Если в день подачи заявления вы находитесь за границей, сделаете это после приезда в Польшу.

                ## Получите решение и карту побыта
                Разрешение выдают не более чем на 3 года и не дольше срока действия разрешения члена семьи. После положительного решения оплатите 100 злотых за карту побыта и получите её лично.
                """),
            ("ar", "الإقامة المؤقتة بغرض لمّ شمل الأسرة", """
                تصريح لزوج الأجنبي المقيم في بولندا أو زوجته ولأطفاله القاصرين. يجب أن يحمل فرد الأسرة هذا، على سبيل المثال، تصريح إقامة دائمة، أو تصريح إقامة مقيم طويل الأمد في الاتحاد الأوروبي، أو تصريح إقامة مؤقتة إذا كان يقيم في بولندا بصورة قانونية منذ سنتين على الأقل. يُقدَّم الطلب عبر MOS، وإذا كنت لا تزال في الخارج، يقدّمه فرد الأسرة نيابةً عنك.

                ## جهّز الترجمات المحلَّفة
                اطلب من [مترجم محلَّف](term:sworn-translator) ترجمة عقد الزواج وشهادات ميلاد الأطفال الصادرة في الخارج إلى اللغة البولندية. الترجمة العادية لا تكفي. يتوقف السعر على طول الوثيقة، فاسأل عنه قبل الطلب.

                ## قدّم الطلب في MOS
                أرفق بالطلب مسحًا ضوئيًا لجواز السفر، وصورة، والترجمات المحلَّفة، ونسخة من بطاقة إقامة فرد الأسرة، وما يثبت أن:

                - لفرد الأسرة دخلًا ثابتًا ومنتظمًا يكفي لإعالة الأسرة كلها؛
                - لديه سند قانوني للسكن، مثل عقد إيجار؛
                - لديك تأمين صحي.

                يبلغ [رسم الدمغة](term:stamp-duty) للتصريح 340 زلوتي.

                ## قدّم بصمات أصابعك في المكتب
                عندما تُستدعى، احضر مع جواز سفرك إلى [مكتب المحافظة](term:voivodeship-office) لتقديم بصمات أصابعك. إذا كنت في الخارج يوم تقديم الطلب، فستقوم بذلك بعد وصولك إلى بولندا.

                ## استلم القرار وبطاقة الإقامة
                يُمنح التصريح لمدة أقصاها 3 سنوات، ولا تتجاوز مدة صلاحية تصريح فرد الأسرة. بعد صدور قرار إيجابي، ادفع 100 زلوتي مقابل بطاقة الإقامة واستلمها شخصيًا.
                """),
            ("prs", "اقامت موقت به هدف پیوستن به خانواده", """
                اجازه برای همسر و فرزندان نابالغ شخص خارجی‌ای که در پولند زندگی می‌کند. این عضو خانواده باید برای مثال اجازهٔ اقامت دایمی، اجازهٔ اقامت مقیم درازمدت اتحادیهٔ اروپا یا اجازهٔ اقامت موقت داشته باشد، اگر دست‌کم دو سال است که به شکل قانونی در پولند زندگی می‌کند. درخواست در MOS ثبت می‌شود؛ اگر هنوز خارج از کشور هستید، عضو خانواده به نمایندگی از شما آن را ثبت می‌کند.

                ## ترجمه‌های رسمی را آماده کنید
                نکاح‌خط و سندهای تولد فرزندان را که در خارج صادر شده‌اند نزد یک [ترجمان رسمی](term:sworn-translator) به زبان پولندی ترجمه کنید. ترجمهٔ عادی کافی نیست. قیمت به طول سند بستگی دارد: پیش از سفارش آن را بپرسید.

                ## درخواست را در MOS ثبت کنید
                اسکن پاسپورت، یک عکس، ترجمه‌های رسمی و کاپی کارت اقامت عضو خانواده را ضمیمه کنید، همراه با اسنادی که نشان دهد:

                - عضو خانواده درآمد ثابت و منظم دارد که برای مصارف تمام خانواده کافی است؛
                - او حق قانونی استفاده از خانه را دارد، برای مثال قرارداد کرایه؛
                - شما بیمهٔ صحی دارید.

                [محصول تمبر](term:stamp-duty) برای این اجازه ۳۴۰ زلوتی است.

                ## در اداره انگشت‌نگاری کنید
                وقتی فراخوانده شدید، با پاسپورت خود به [ادارهٔ ولایت](term:voivodeship-office) بروید تا اثر انگشت بدهید. اگر در روز ثبت درخواست خارج از کشور باشید، این کار را پس از رسیدن به پولند انجام می‌دهید.

                ## فیصله و کارت اقامت را بگیرید
                این اجازه حداکثر برای ۳ سال داده می‌شود و نه بیشتر از مدت اعتبار اجازهٔ عضو خانواده. پس از فیصلهٔ مثبت، ۱۰۰ زلوتی برای کارت اقامت بپردازید و آن را شخصاً بگیرید.
                """),
            ("ur", "خاندان سے ملاپ کے لیے عارضی رہائش", """
                پولینڈ میں رہنے والے غیر ملکی کے شریکِ حیات اور نابالغ بچوں کے لیے اجازت نامہ۔ خاندان کے اس فرد کے پاس مثال کے طور پر مستقل رہائش کا اجازت نامہ، یورپی یونین کے طویل مدتی رہائشی کا اجازت نامہ، یا عارضی رہائش کا اجازت نامہ ہونا چاہیے اگر وہ کم از کم دو سال سے پولینڈ میں قانونی طور پر رہ رہا ہو۔ درخواست MOS میں جمع کرائی جاتی ہے؛ اگر آپ ابھی بیرونِ ملک ہیں تو خاندان کا فرد آپ کی طرف سے درخواست جمع کرائے گا۔

                ## حلف یافتہ ترجمے تیار کروائیں
                بیرونِ ملک جاری ہونے والا نکاح نامہ اور بچوں کے پیدائشی سرٹیفکیٹ کسی [حلف یافتہ مترجم](term:sworn-translator) سے پولش زبان میں ترجمہ کروائیں۔ عام ترجمہ کافی نہیں ہے۔ قیمت دستاویز کی طوالت پر منحصر ہے: آرڈر دینے سے پہلے پوچھ لیں۔

                ## MOS میں درخواست جمع کرائیں
                درخواست کے ساتھ پاسپورٹ کا اسکین، تصویر، حلف یافتہ ترجمے اور خاندان کے فرد کے رہائشی کارڈ کی نقل منسلک کریں، اور یہ ثبوت بھی کہ:

                - خاندان کے فرد کی مستحکم اور باقاعدہ آمدنی ہے جو پورے خاندان کی کفالت کے لیے کافی ہے؛
                - اس کے پاس رہائش کا قانونی حق ہے، مثال کے طور پر کرایہ نامہ؛
                - آپ کے پاس صحت کا بیمہ ہے۔

                اجازت نامے کی [اسٹامپ ڈیوٹی](term:stamp-duty) 340 زلوٹی ہے۔

                ## دفتر میں انگلیوں کے نشانات دیں
                بلائے جانے پر اپنا پاسپورٹ لے کر [صوبائی دفتر](term:voivodeship-office) آئیں تاکہ انگلیوں کے نشانات دے سکیں۔ اگر درخواست جمع ہونے کے دن آپ بیرونِ ملک ہوں تو یہ کام پولینڈ پہنچنے کے بعد کریں گے۔

                ## فیصلہ اور رہائشی کارڈ وصول کریں
                اجازت نامہ زیادہ سے زیادہ 3 سال کے لیے دیا جاتا ہے، اور خاندان کے فرد کے اجازت نامے کی میعاد سے زیادہ نہیں۔ مثبت فیصلے کے بعد رہائشی کارڈ کے لیے 100 زلوٹی ادا کریں اور اسے خود وصول کریں۔
                """),
            ("zh-Hans", "以家庭团聚为目的的临时居留", """
                为居住在波兰的外国人的配偶和未成年子女签发的许可。该家庭成员必须持有例如永久居留许可、欧盟长期居民居留许可，或在波兰合法居住至少两年后持有的临时居留许可。申请通过 MOS 提交；如果您仍在国外，可由该家庭成员代您提交。

                ## 准备宣誓翻译
                请[宣誓翻译员](term:sworn-translator)将在国外签发的结婚证和子女出生证明翻译成波兰语。普通翻译不被接受。价格取决于文件长度：请在委托前询问。

                ## 在 MOS 中提交申请
                申请须附上护照扫描件、照片、宣誓翻译件和家庭成员居留卡的复印件，以及证明以下各项的材料：

                - 家庭成员有稳定且固定的收入，足以供养全家；
                - 其对住房拥有合法权利，例如租房合同；
                - 您有医疗保险。

                该许可的[印花税](term:stamp-duty)为 340 兹罗提。

                ## 到办公室录入指纹
                收到通知后，请携带护照前往[省政府办公室](term:voivodeship-office)录入指纹。如果提交申请当天您在国外，则在抵达波兰后办理。

                ## 领取决定和居留卡
                许可最长签发 3 年，且不超过该家庭成员许可的有效期。获得肯定决定后，请支付 100 兹罗提的居留卡费用并亲自领取。
                """),
            ("es", "Residencia temporal por reagrupación familiar", """
                Un permiso para el cónyuge y los hijos menores de edad de un extranjero que vive en Polonia. Ese familiar debe tener, por ejemplo, un permiso de residencia permanente, un permiso de residente de larga duración de la UE o un permiso de residencia temporal si vive legalmente en Polonia desde hace al menos dos años. La solicitud se presenta en MOS; si todavía estás en el extranjero, tu familiar la presentará en tu nombre.

                ## Prepara las traducciones juradas
                Encarga a un [traductor jurado](term:sworn-translator) la traducción al polaco del certificado de matrimonio y de los certificados de nacimiento de tus hijos expedidos en el extranjero. Una traducción normal no basta. El precio depende de la extensión del documento: pregúntalo antes del encargo.

                ## Presenta la solicitud en MOS
                Adjunta a la solicitud un escaneo del pasaporte, una foto, las traducciones juradas y una copia de la tarjeta de residencia de tu familiar, además de pruebas de que:

                - tu familiar tiene ingresos estables y regulares suficientes para mantener a toda la familia;
                - tiene un título legal sobre la vivienda, por ejemplo un contrato de alquiler;
                - tienes seguro médico.

                La [tasa de timbre](term:stamp-duty) del permiso es de 340 PLN.

                ## Da tus huellas dactilares en la oficina
                Cuando te citen, acude con tu pasaporte a la [oficina del voivodato](term:voivodeship-office) para dar tus huellas dactilares. Si el día en que se presenta la solicitud estás en el extranjero, lo harás cuando llegues a Polonia.

                ## Recoge la decisión y tu tarjeta de residencia
                El permiso se concede por un máximo de 3 años y no por más tiempo del que sea válido el permiso de tu familiar. Tras una decisión favorable, paga 100 PLN por la tarjeta de residencia y recógela en persona.
                """),
            ("de", "Befristeter Aufenthalt zur Familienzusammenführung", """
                Eine Erlaubnis für den Ehegatten und die minderjährigen Kinder eines Ausländers, der in Polen lebt. Dieses Familienmitglied muss zum Beispiel eine Erlaubnis zum Daueraufenthalt, eine Erlaubnis zum Aufenthalt als langfristig Aufenthaltsberechtigter in der EU oder eine befristete Aufenthaltserlaubnis haben, wenn es seit mindestens zwei Jahren rechtmäßig in Polen lebt. Der Antrag wird in MOS gestellt; sind Sie noch im Ausland, stellt ihn Ihr Familienmitglied in Ihrem Namen.

                ## Beglaubigte Übersetzungen vorbereiten
                Lassen Sie die im Ausland ausgestellte Heiratsurkunde und die Geburtsurkunden Ihrer Kinder von einem [vereidigten Übersetzer](term:sworn-translator) ins Polnische übersetzen. Eine gewöhnliche Übersetzung genügt nicht. Der Preis hängt von der Länge des Dokuments ab: Fragen Sie vor dem Auftrag danach.

                ## Den Antrag in MOS stellen
                Fügen Sie dem Antrag einen Scan Ihres Reisepasses, ein Foto, die beglaubigten Übersetzungen und eine Kopie der Aufenthaltskarte Ihres Familienmitglieds bei, außerdem Nachweise, dass:

                - Ihr Familienmitglied ein stabiles und regelmäßiges Einkommen hat, das für die ganze Familie reicht;
                - es einen Rechtstitel an der Wohnung hat, zum Beispiel einen Mietvertrag;
                - Sie krankenversichert sind.

                Die [Stempelgebühr](term:stamp-duty) für die Erlaubnis beträgt 340 PLN.

                ## Fingerabdrücke im Amt abgeben
                Wenn Sie vorgeladen werden, kommen Sie mit Ihrem Reisepass zum [Woiwodschaftsamt](term:voivodeship-office), um Ihre Fingerabdrücke abzugeben. Sind Sie am Tag der Antragstellung im Ausland, tun Sie das nach Ihrer Ankunft in Polen.

                ## Entscheidung und Aufenthaltskarte abholen
                Die Erlaubnis wird für höchstens 3 Jahre erteilt und nicht länger, als die Erlaubnis Ihres Familienmitglieds gilt. Nach einer positiven Entscheidung zahlen Sie 100 PLN für die Aufenthaltskarte und holen sie persönlich ab.
                """),
            ("it", "Soggiorno temporaneo per ricongiungimento familiare", """
                Un permesso per il coniuge e i figli minorenni di uno straniero che vive in Polonia. Questo familiare deve avere, per esempio, un permesso di soggiorno permanente, un permesso di soggiornante di lungo periodo UE oppure un permesso di soggiorno temporaneo, se vive legalmente in Polonia da almeno due anni. La domanda si presenta in MOS; se sei ancora all'estero, il familiare la presenterà a tuo nome.

                ## Prepara le traduzioni giurate
                Fai tradurre in polacco da un [traduttore giurato](term:sworn-translator) il certificato di matrimonio e i certificati di nascita dei figli rilasciati all'estero. Una traduzione normale non basta. Il prezzo dipende dalla lunghezza del documento: chiedilo prima di affidare l'incarico.

                ## Presenta la domanda in MOS
                Allega alla domanda la scansione del passaporto, una foto, le traduzioni giurate e una copia della carta di soggiorno del familiare, oltre alle prove che:

                - il familiare ha un reddito stabile e regolare sufficiente a mantenere tutta la famiglia;
                - ha un titolo legale sull'abitazione, per esempio un contratto d'affitto;
                - hai un'assicurazione sanitaria.

                L'[imposta di bollo](term:stamp-duty) per il permesso è di 340 PLN.

                ## Lascia le impronte digitali in ufficio
                Quando vieni convocato, presentati con il passaporto all'[ufficio del voivodato](term:voivodeship-office) per lasciare le impronte digitali. Se il giorno della domanda sei all'estero, lo farai dopo il tuo arrivo in Polonia.

                ## Ritira la decisione e la carta di soggiorno
                Il permesso è rilasciato per un massimo di 3 anni e non oltre la validità del permesso del familiare. Dopo una decisione positiva, paga 100 PLN per la carta di soggiorno e ritirala di persona.
                """),
            ("nl", "Tijdelijk verblijf voor gezinshereniging", """
                Een vergunning voor de echtgenoot en de minderjarige kinderen van een buitenlander die in Polen woont. Dat gezinslid moet bijvoorbeeld een vergunning voor permanent verblijf, een vergunning als EU-langdurig ingezetene of een vergunning voor tijdelijk verblijf hebben als het al minstens twee jaar legaal in Polen woont. De aanvraag wordt ingediend in MOS; ben je nog in het buitenland, dan dient je gezinslid haar namens jou in.

                ## Laat beëdigde vertalingen maken
                Laat de in het buitenland afgegeven huwelijksakte en de geboorteaktes van je kinderen door een [beëdigd vertaler](term:sworn-translator) in het Pools vertalen. Een gewone vertaling is niet genoeg. De prijs hangt af van de lengte van het document: vraag ernaar voordat je de opdracht geeft.

                ## Dien de aanvraag in via MOS
                Voeg bij de aanvraag een scan van je paspoort, een foto, de beëdigde vertalingen en een kopie van de verblijfskaart van je gezinslid, en bewijzen dat:

                - je gezinslid een stabiel en regelmatig inkomen heeft dat genoeg is voor het hele gezin;
                - het een wettelijk recht op de woning heeft, bijvoorbeeld een huurcontract;
                - je een ziektekostenverzekering hebt.

                De [zegelrechten](term:stamp-duty) voor de vergunning bedragen 340 PLN.

                ## Geef je vingerafdrukken af op het bureau
                Als je wordt opgeroepen, kom dan met je paspoort naar het [woiwodschapsbureau](term:voivodeship-office) om je vingerafdrukken af te geven. Ben je op de dag van de aanvraag in het buitenland, dan doe je dit na je aankomst in Polen.

                ## Haal het besluit en je verblijfskaart op
                De vergunning wordt voor hoogstens 3 jaar verleend en niet langer dan de vergunning van je gezinslid geldig is. Na een positief besluit betaal je 100 PLN voor de verblijfskaart en haal je die persoonlijk op.
                """))),
        (itemId, tenantId) =>
        [
            Step(itemId, tenantId, 1, "sworn-translations", needs: "birth-certificate", produces: "sworn-translation"),
            Step(itemId, tenantId, 2, "file-online", after: "sworn-translations", needs: "passport sworn-translation residence-card", cost: 340m, online: Mos),
            Step(itemId, tenantId, 3, "fingerprints", after: "file-online", needs: "passport", place: ForeignersDepartment),
            Step(itemId, tenantId, 4, "collect-card", after: "fingerprints", produces: "residence-card", cost: 100m, place: ForeignersDepartment),
        ]);
}
