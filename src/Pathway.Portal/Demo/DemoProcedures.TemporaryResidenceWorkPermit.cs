using Pathway.Portal.Content;

namespace Pathway.Portal.Demo;

internal static partial class DemoProcedures
{
    /// <summary>The single permit: the employer's annex, PLN 440 and filing in MOS, fingerprints, the decision and the PLN 100 card.</summary>
    private static Procedure TemporaryResidenceWorkPermit => new(
        new(ContentKind.Procedure, "temporary-residence-work-permit", DemoContent.Texts(
            ("pl", "Zezwolenie na pobyt czasowy i pracę", """
                Jedno zezwolenie na pobyt w Polsce i na pracę u konkretnego pracodawcy. Wniosek składasz wyłącznie elektronicznie w module MOS, najpóźniej w ostatnim dniu legalnego pobytu w Polsce. Rozpatruje go [urząd wojewódzki](term:voivodeship-office) właściwy dla miejsca, w którym mieszkasz.

                ## Poproś pracodawcę o załącznik nr 1
                Załóż konto w MOS, rozpocznij wniosek i wpisz adres e-mail pracodawcy. Pracodawca dostanie link, wypełni załącznik nr 1 z warunkami pracy i podpisze go elektronicznie. Warunki w załączniku muszą być takie same jak w umowie z pracodawcą.

                ## Opłać i złóż wniosek w MOS
                Zapłać [opłatę skarbową](term:stamp-duty) 440 zł na rachunek Urzędu Dzielnicy Śródmieście m.st. Warszawy i dołącz potwierdzenie przelewu. Dodaj skan wszystkich zapisanych stron paszportu i aktualne zdjęcie. Podpisz wniosek [profilem zaufanym](term:trusted-profile) albo kwalifikowanym podpisem elektronicznym i zachowaj urzędowe poświadczenie odbioru (UPO).

                ## Oddaj odciski palców w urzędzie
                Urząd wezwie cię do osobistego stawiennictwa w wyznaczonym terminie. Przyjdź z paszportem: urzędnik pobierze odciski palców i sprawdzi twoją tożsamość. Jeśli nie przyjdziesz w terminie, wniosek może zostać pozostawiony bez rozpatrzenia.

                ## Odbierz decyzję i kartę pobytu
                Decyzję dostaniesz elektronicznie albo pocztą. Gdy jest pozytywna, zapłać 100 zł za wydanie karty pobytu i odbierz kartę osobiście. Zezwolenie dotyczy pracy u pracodawcy wskazanego w decyzji: zmiana pracodawcy zwykle wymaga zmiany zezwolenia.
                """),
            ("en", "Temporary residence and work permit", """
                One permit to live in Poland and to work for a particular employer. You apply online only, in the MOS module, at the latest on the last day of your legal stay in Poland. The [voivodeship office](term:voivodeship-office) for the place where you live decides on it.

                ## Ask your employer for Annex 1
                Create an account in MOS, start the application and enter your employer's e-mail address. Your employer gets a link, fills in Annex 1 with the terms of your work and signs it electronically. The terms in the annex must be the same as in your contract with the employer.

                ## Pay and file the application in MOS
                Pay the [stamp duty](term:stamp-duty) of PLN 440 to the account of the Śródmieście District Office of the City of Warsaw and attach the confirmation of the transfer. Add a scan of every page of your passport that has entries, and a recent photo. Sign the application with a [trusted profile](term:trusted-profile) or a qualified electronic signature, and keep the official confirmation of receipt (UPO).

                ## Give your fingerprints at the office
                The office calls you to appear in person on a set date. Bring your passport: an official takes your fingerprints and checks your identity. If you do not come on that date, your application may be left unexamined.

                ## Collect the decision and your residence card
                You receive the decision electronically or by post. When it is positive, pay PLN 100 for the residence card and collect the card in person. The permit covers work for the employer named in the decision: changing employers usually needs a change of the permit.
                """),
            ("uk", "Дозвіл на тимчасове проживання та роботу", """
                Один дозвіл на проживання в Польщі та на роботу в конкретного роботодавця. Заяву подають лише електронно, у модулі MOS, не пізніше останнього дня легального перебування в Польщі. Її розглядає [воєводське управління](term:voivodeship-office) за місцем вашого проживання.

                ## Попросіть роботодавця заповнити додаток № 1
                Створіть обліковий запис у MOS, почніть заяву та введіть адресу електронної пошти роботодавця. Роботодавець отримає посилання, заповнить додаток № 1 з умовами роботи та підпише його електронно. Умови в додатку мають бути такими самими, як у договорі з роботодавцем.

                ## Оплатіть і подайте заяву в MOS
                Сплатіть [гербовий збір](term:stamp-duty) 440 злотих на рахунок Управління району Śródmieście міста Варшави й додайте підтвердження переказу. Додайте скан усіх заповнених сторінок паспорта та актуальне фото. Підпишіть заяву [довіреним профілем](term:trusted-profile) або кваліфікованим електронним підписом і збережіть офіційне підтвердження отримання (UPO).

                ## Здайте відбитки пальців в управлінні
                Управління викличе вас на особисту явку у визначений день. Прийдіть із паспортом: працівник зніме відбитки пальців і перевірить вашу особу. Якщо ви не прийдете вчасно, заяву можуть залишити без розгляду.

                ## Отримайте рішення та карту побиту
                Рішення ви отримаєте електронно або поштою. Якщо воно позитивне, сплатіть 100 злотих за видачу карти побиту й отримайте карту особисто. Дозвіл стосується роботи в роботодавця, зазначеного в рішенні: зміна роботодавця зазвичай потребує зміни дозволу.
                """),
            ("ru", "Разрешение на временное проживание и работу", """
                Одно разрешение на проживание в Польше и на работу у конкретного работодателя. Заявление подают только в электронном виде, в модуле MOS, не позднее последнего дня легального пребывания в Польше. Его рассматривает [воеводское управление](term:voivodeship-office) по месту вашего проживания.

                ## Попросите работодателя заполнить приложение № 1
                Создайте учётную запись в MOS, начните заявление и укажите адрес электронной почты работодателя. Работодатель получит ссылку, заполнит приложение № 1 с условиями работы и подпишет его электронно. Условия в приложении должны совпадать с условиями договора с работодателем.

                ## Оплатите и подайте заявление в MOS
                Оплатите [гербовый сбор](term:stamp-duty) 440 злотых на счёт Управы района Śródmieście города Варшавы и приложите подтверждение перевода. Добавьте скан всех заполненных страниц паспорта и актуальную фотографию. Подпишите заявление [доверенным профилем](term:trusted-profile) или квалифицированной электронной подписью и сохраните официальное подтверждение получения (UPO).

                ## Сдайте отпечатки пальцев в управлении
                Управление вызовет вас для личной явки в назначенный день. Приходите с паспортом: сотрудник снимет отпечатки пальцев и проверит вашу личность. Если вы не придёте в назначенный день, заявление могут оставить без рассмотрения.

                ## Получите решение и карту побыта
                Решение вы получите в электронном виде или по почте. Если оно положительное, оплатите 100 злотых за выдачу карты побыта и получите карту лично. Разрешение касается работы у работодателя, указанного в решении: смена работодателя обычно требует изменения разрешения.
                """),
            ("ar", "تصريح الإقامة المؤقتة والعمل", """
                تصريح واحد للإقامة في بولندا وللعمل لدى صاحب عمل محدد. يُقدَّم الطلب إلكترونيًا فقط عبر وحدة MOS، في موعد أقصاه آخر يوم من إقامتك القانونية في بولندا. ويبتّ فيه [مكتب المحافظة](term:voivodeship-office) التابع لمكان سكنك.

                ## اطلب من صاحب العمل الملحق رقم 1
                أنشئ حسابًا في MOS، وابدأ الطلب، وأدخل عنوان البريد الإلكتروني لصاحب العمل. سيتلقى صاحب العمل رابطًا، فيملأ الملحق رقم 1 بشروط العمل ويوقّعه إلكترونيًا. يجب أن تكون الشروط في الملحق مطابقة لما في عقدك مع صاحب العمل.

                ## ادفع الرسم وقدّم الطلب في MOS
                ادفع [رسم الدمغة](term:stamp-duty) البالغ 440 زلوتي إلى حساب مكتب حي Śródmieście في مدينة وارسو، وأرفق إثبات التحويل. أضف مسحًا ضوئيًا لجميع صفحات جواز السفر التي تحتوي على بيانات، وصورة حديثة. وقّع الطلب [بالملف الموثوق](term:trusted-profile) أو بتوقيع إلكتروني مؤهَّل، واحتفظ بالإشعار الرسمي بالاستلام (UPO).

                ## قدّم بصمات أصابعك في المكتب
                سيستدعيك المكتب للحضور شخصيًا في موعد محدد. أحضر جواز سفرك: سيأخذ الموظف بصمات أصابعك ويتحقق من هويتك. إذا لم تحضر في الموعد، فقد يُترك طلبك دون نظر.

                ## استلم القرار وبطاقة الإقامة
                ستتلقى القرار إلكترونيًا أو بالبريد. إذا كان إيجابيًا، فادفع 100 زلوتي مقابل إصدار بطاقة الإقامة واستلمها شخصيًا. يشمل التصريح العمل لدى صاحب العمل المذكور في القرار، وتغيير صاحب العمل يتطلب عادةً تعديل التصريح.
                """),
            ("prs", "اجازهٔ اقامت موقت و کار", """
                یک اجازه برای زندگی در پولند و کار نزد یک کارفرمای مشخص. درخواست فقط به شکل الکترونیکی در سیستم MOS ثبت می‌شود، حداکثر تا آخرین روز اقامت قانونی شما در پولند. [ادارهٔ ولایت](term:voivodeship-office) محل سکونت شما دربارهٔ آن تصمیم می‌گیرد.

                ## از کارفرما ضمیمهٔ شمارهٔ ۱ را بخواهید
                در MOS حساب بسازید، درخواست را شروع کنید و آدرس ایمیل کارفرما را وارد کنید. کارفرما یک لینک دریافت می‌کند، ضمیمهٔ شمارهٔ ۱ را با شرایط کار پر می‌کند و آن را به شکل الکترونیکی امضا می‌کند. شرایط در ضمیمه باید با قرارداد شما با کارفرما یکسان باشد.

                ## فیس را بپردازید و درخواست را در MOS ثبت کنید
                [محصول تمبر](term:stamp-duty) به مبلغ ۴۴۰ زلوتی را به حساب ادارهٔ ناحیهٔ Śródmieście شهر وارسا بپردازید و رسید انتقال پول را ضمیمه کنید. اسکن تمام صفحه‌های پُرشدهٔ پاسپورت و یک عکس تازه را اضافه کنید. درخواست را با [پروفایل معتمد](term:trusted-profile) یا امضای الکترونیکی واجد شرایط امضا کنید و تأییدیهٔ رسمی دریافت (UPO) را نگه دارید.

                ## در اداره انگشت‌نگاری کنید
                اداره شما را برای حضور شخصی در یک تاریخ معین فرا می‌خواند. با پاسپورت خود بیایید: کارمند اثر انگشت شما را می‌گیرد و هویت شما را بررسی می‌کند. اگر در آن تاریخ نیایید، ممکن است درخواست شما بدون رسیدگی بماند.

                ## فیصله و کارت اقامت را بگیرید
                فیصله را به شکل الکترونیکی یا از راه پست دریافت می‌کنید. اگر مثبت باشد، ۱۰۰ زلوتی برای صدور کارت اقامت بپردازید و کارت را شخصاً بگیرید. این اجازه برای کار نزد کارفرمایی است که در فیصله نام برده شده است: تغییر کارفرما معمولاً به تغییر اجازه نیاز دارد.
                """),
            ("ur", "عارضی رہائش اور کام کا اجازت نامہ", """
                پولینڈ میں رہنے اور ایک مخصوص آجر کے پاس کام کرنے کے لیے ایک ہی اجازت نامہ۔ درخواست صرف آن لائن، MOS ماڈیول میں، پولینڈ میں آپ کے قانونی قیام کے آخری دن تک جمع کرائی جاتی ہے۔ اس کا فیصلہ آپ کی رہائش کی جگہ کا [صوبائی دفتر](term:voivodeship-office) کرتا ہے۔

                ## اپنے آجر سے ضمیمہ نمبر 1 طلب کریں
                MOS میں اکاؤنٹ بنائیں، درخواست شروع کریں اور اپنے آجر کا ای میل پتہ درج کریں۔ آجر کو ایک لنک ملے گا، وہ کام کی شرائط کے ساتھ ضمیمہ نمبر 1 پُر کرے گا اور اس پر الیکٹرانک دستخط کرے گا۔ ضمیمے کی شرائط آجر کے ساتھ آپ کے معاہدے جیسی ہونی چاہییں۔

                ## فیس ادا کریں اور MOS میں درخواست جمع کرائیں
                440 زلوٹی کی [اسٹامپ ڈیوٹی](term:stamp-duty) شہر وارسا کے Śródmieście ضلعی دفتر کے اکاؤنٹ میں ادا کریں اور ادائیگی کی تصدیق منسلک کریں۔ پاسپورٹ کے تمام اندراج شدہ صفحات کا اسکین اور ایک تازہ تصویر شامل کریں۔ درخواست پر [ٹرسٹڈ پروفائل](term:trusted-profile) یا اہل الیکٹرانک دستخط سے دستخط کریں اور وصولی کی سرکاری تصدیق (UPO) محفوظ رکھیں۔

                ## دفتر میں انگلیوں کے نشانات دیں
                دفتر آپ کو ایک مقررہ تاریخ پر ذاتی طور پر حاضر ہونے کے لیے بلائے گا۔ اپنا پاسپورٹ ساتھ لائیں: اہلکار آپ کی انگلیوں کے نشانات لے گا اور آپ کی شناخت کی تصدیق کرے گا۔ اگر آپ مقررہ تاریخ پر نہ آئیں تو آپ کی درخواست پر غور کیے بغیر اسے چھوڑا جا سکتا ہے۔

                ## فیصلہ اور رہائشی کارڈ وصول کریں
                آپ کو فیصلہ الیکٹرانک طور پر یا ڈاک سے ملے گا۔ اگر فیصلہ مثبت ہو تو رہائشی کارڈ کے اجرا کے لیے 100 زلوٹی ادا کریں اور کارڈ خود وصول کریں۔ اجازت نامہ فیصلے میں درج آجر کے پاس کام کے لیے ہے: آجر بدلنے کے لیے عموماً اجازت نامے میں تبدیلی درکار ہوتی ہے۔
                """),
            ("zh-Hans", "临时居留及工作许可", """
                一份许可，既可在波兰居住，又可为特定雇主工作。申请只能通过 MOS 系统在线提交，最晚须在您在波兰合法居留的最后一天提交。由您居住地的[省政府办公室](term:voivodeship-office)作出决定。

                ## 请雇主填写附件 1
                在 MOS 中注册账户，开始填写申请，并输入雇主的电子邮箱地址。雇主会收到一个链接，填写载有工作条件的附件 1 并进行电子签名。附件中的条件必须与您和雇主签订的合同一致。

                ## 缴费并在 MOS 中提交申请
                将 440 兹罗提的[印花税](term:stamp-duty)缴入华沙市中心区（Śródmieście）区政府的账户，并附上转账凭证。添加护照所有已填写页面的扫描件和一张近期照片。使用[可信档案](term:trusted-profile)或合格电子签名签署申请，并保存官方收件确认（UPO）。

                ## 到办公室录入指纹
                办公室会通知您在指定日期亲自到场。请携带护照：工作人员将采集您的指纹并核实您的身份。如果您未在指定日期到场，您的申请可能不予审理。

                ## 领取决定和居留卡
                您将以电子方式或通过邮寄收到决定。如果决定是肯定的，请支付 100 兹罗提的居留卡制卡费，并亲自领取居留卡。该许可仅适用于为决定中注明的雇主工作：更换雇主通常需要变更许可。
                """),
            ("es", "Permiso de residencia temporal y trabajo", """
                Un solo permiso para vivir en Polonia y trabajar para un empleador concreto. La solicitud se presenta solo por internet, en el módulo MOS, a más tardar el último día de tu estancia legal en Polonia. Decide la [oficina del voivodato](term:voivodeship-office) del lugar donde vives.

                ## Pide a tu empleador el anexo n.º 1
                Crea una cuenta en MOS, empieza la solicitud e introduce la dirección de correo electrónico de tu empleador. El empleador recibirá un enlace, rellenará el anexo n.º 1 con las condiciones de trabajo y lo firmará electrónicamente. Las condiciones del anexo deben ser las mismas que las de tu contrato con el empleador.

                ## Paga y presenta la solicitud en MOS
                Paga la [tasa de timbre](term:stamp-duty) de 440 PLN en la cuenta de la Oficina del Distrito de Śródmieście de la ciudad de Varsovia y adjunta el justificante de la transferencia. Añade un escaneo de todas las páginas del pasaporte que tengan anotaciones y una foto reciente. Firma la solicitud con el [perfil de confianza](term:trusted-profile) o con una firma electrónica cualificada y guarda el acuse oficial de recibo (UPO).

                ## Da tus huellas dactilares en la oficina
                La oficina te citará para comparecer en persona en una fecha determinada. Lleva tu pasaporte: un funcionario tomará tus huellas dactilares y comprobará tu identidad. Si no acudes en esa fecha, tu solicitud puede quedar sin examinar.

                ## Recoge la decisión y tu tarjeta de residencia
                Recibirás la decisión por vía electrónica o por correo. Si es favorable, paga 100 PLN por la expedición de la tarjeta de residencia y recógela en persona. El permiso cubre el trabajo para el empleador indicado en la decisión: cambiar de empleador suele requerir modificar el permiso.
                """),
            ("de", "Befristete Aufenthalts- und Arbeitserlaubnis", """
                Eine einzige Erlaubnis, um in Polen zu leben und bei einem bestimmten Arbeitgeber zu arbeiten. Der Antrag wird nur online im Modul MOS gestellt, spätestens am letzten Tag Ihres rechtmäßigen Aufenthalts in Polen. Darüber entscheidet das [Woiwodschaftsamt](term:voivodeship-office) für Ihren Wohnort.

                ## Bitten Sie Ihren Arbeitgeber um Anlage 1
                Legen Sie ein Konto in MOS an, beginnen Sie den Antrag und geben Sie die E-Mail-Adresse Ihres Arbeitgebers ein. Der Arbeitgeber erhält einen Link, füllt Anlage 1 mit den Arbeitsbedingungen aus und unterschreibt sie elektronisch. Die Bedingungen in der Anlage müssen dieselben sein wie in Ihrem Vertrag mit dem Arbeitgeber.

                ## Bezahlen und den Antrag in MOS stellen
                Zahlen Sie die [Stempelgebühr](term:stamp-duty) von 440 PLN auf das Konto des Bezirksamts Śródmieście der Stadt Warschau und fügen Sie den Überweisungsnachweis bei. Fügen Sie einen Scan aller beschriebenen Seiten Ihres Reisepasses und ein aktuelles Foto hinzu. Unterschreiben Sie den Antrag mit dem [Vertrauensprofil](term:trusted-profile) oder einer qualifizierten elektronischen Signatur und bewahren Sie die amtliche Empfangsbestätigung (UPO) auf.

                ## Fingerabdrücke im Amt abgeben
                Das Amt lädt Sie zu einem festgelegten Termin zum persönlichen Erscheinen vor. Bringen Sie Ihren Reisepass mit: Ein Beamter nimmt Ihre Fingerabdrücke ab und prüft Ihre Identität. Wenn Sie zu diesem Termin nicht kommen, kann Ihr Antrag ohne Prüfung bleiben.

                ## Entscheidung und Aufenthaltskarte abholen
                Sie erhalten die Entscheidung elektronisch oder per Post. Ist sie positiv, zahlen Sie 100 PLN für die Ausstellung der Aufenthaltskarte und holen Sie die Karte persönlich ab. Die Erlaubnis gilt für die Arbeit bei dem in der Entscheidung genannten Arbeitgeber: Ein Arbeitgeberwechsel erfordert in der Regel eine Änderung der Erlaubnis.
                """),
            ("it", "Permesso di soggiorno temporaneo e lavoro", """
                Un unico permesso per vivere in Polonia e lavorare per un datore di lavoro specifico. La domanda si presenta solo online, nel modulo MOS, al più tardi l'ultimo giorno del tuo soggiorno legale in Polonia. Decide l'[ufficio del voivodato](term:voivodeship-office) del luogo in cui vivi.

                ## Chiedi al datore di lavoro l'allegato n. 1
                Crea un account in MOS, inizia la domanda e inserisci l'indirizzo e-mail del datore di lavoro. Il datore di lavoro riceverà un link, compilerà l'allegato n. 1 con le condizioni di lavoro e lo firmerà elettronicamente. Le condizioni dell'allegato devono essere le stesse del tuo contratto con il datore di lavoro.

                ## Paga e presenta la domanda in MOS
                Paga l'[imposta di bollo](term:stamp-duty) di 440 PLN sul conto dell'Ufficio del distretto di Śródmieście della città di Varsavia e allega la ricevuta del bonifico. Aggiungi la scansione di tutte le pagine compilate del passaporto e una foto recente. Firma la domanda con il [profilo fiduciario](term:trusted-profile) o con una firma elettronica qualificata e conserva la ricevuta ufficiale di ricezione (UPO).

                ## Lascia le impronte digitali in ufficio
                L'ufficio ti convocherà di persona in una data stabilita. Porta il passaporto: un funzionario prenderà le tue impronte digitali e verificherà la tua identità. Se non ti presenti in quella data, la domanda può essere lasciata senza esame.

                ## Ritira la decisione e la carta di soggiorno
                Riceverai la decisione per via elettronica o per posta. Se è positiva, paga 100 PLN per il rilascio della carta di soggiorno e ritirala di persona. Il permesso riguarda il lavoro presso il datore di lavoro indicato nella decisione: cambiare datore di lavoro di solito richiede la modifica del permesso.
                """),
            ("nl", "Vergunning voor tijdelijk verblijf en werk", """
                Eén vergunning om in Polen te wonen en voor een bepaalde werkgever te werken. Je dient de aanvraag alleen online in, in de module MOS, uiterlijk op de laatste dag van je legale verblijf in Polen. Het [woiwodschapsbureau](term:voivodeship-office) van je woonplaats beslist erover.

                ## Vraag je werkgever om bijlage 1
                Maak een account aan in MOS, begin de aanvraag en vul het e-mailadres van je werkgever in. Je werkgever krijgt een link, vult bijlage 1 in met de arbeidsvoorwaarden en ondertekent die elektronisch. De voorwaarden in de bijlage moeten dezelfde zijn als in je contract met de werkgever.

                ## Betaal en dien de aanvraag in via MOS
                Betaal de [zegelrechten](term:stamp-duty) van 440 PLN op de rekening van het stadsdeelkantoor Śródmieście van de stad Warschau en voeg het betalingsbewijs toe. Voeg een scan toe van alle beschreven pagina's van je paspoort en een recente foto. Onderteken de aanvraag met het [vertrouwde profiel](term:trusted-profile) of een gekwalificeerde elektronische handtekening en bewaar de officiële ontvangstbevestiging (UPO).

                ## Geef je vingerafdrukken af op het bureau
                Het bureau roept je op om op een vastgestelde datum persoonlijk te verschijnen. Neem je paspoort mee: een medewerker neemt je vingerafdrukken af en controleert je identiteit. Als je niet op die datum komt, kan je aanvraag buiten behandeling worden gelaten.

                ## Haal het besluit en je verblijfskaart op
                Je ontvangt het besluit elektronisch of per post. Is het positief, betaal dan 100 PLN voor de verblijfskaart en haal de kaart persoonlijk op. De vergunning geldt voor werk bij de werkgever die in het besluit staat: van werkgever wisselen vraagt meestal een wijziging van de vergunning.
                """))),
        (itemId, tenantId) =>
        [
            Step(itemId, tenantId, 1, "employer-annex", needs: "employment-contract", online: Mos),
            Step(itemId, tenantId, 2, "file-online", after: "employer-annex", needs: "passport", cost: 440m, online: Mos),
            Step(itemId, tenantId, 3, "fingerprints", after: "file-online", needs: "passport", place: ForeignersDepartment),
            Step(itemId, tenantId, 4, "collect-card", after: "fingerprints", produces: "residence-card", cost: 100m, place: ForeignersDepartment),
        ]);
}
