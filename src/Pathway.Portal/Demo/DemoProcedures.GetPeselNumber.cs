using Pathway.Portal.Content;

namespace Pathway.Portal.Demo;

internal static partial class DemoProcedures
{
    /// <summary>The PESEL number: which way, applying at the district office, and the free confirmation that gives the <c>pesel</c> document.</summary>
    private static Procedure GetPeselNumber => new(
        new(ContentKind.Procedure, "get-pesel-number", DemoContent.Texts(
            ("pl", "Jak uzyskać numer PESEL", """
                Numer PESEL przyda się w pracy, u lekarza, w szkole i w banku. Cudzoziemiec dostaje go przy [zameldowaniu](term:address-registration) albo na wniosek. Nadanie numeru jest bezpłatne.

                ## Sprawdź, jak dostaniesz numer
                Jeśli mieszkasz pod jednym adresem dłużej niż 30 dni, zamelduj się: numer PESEL zostanie nadany przy okazji. Jeśli się nie meldujesz, złóż wniosek o nadanie numeru PESEL i wskaż przepis, który go wymaga, na przykład zgłoszenie do ubezpieczeń przez pracodawcę. Pismo od pracodawcy pomoże to wykazać.

                ## Złóż wniosek w urzędzie dzielnicy
                Przyjdź z paszportem. Do zameldowania potrzebny jest też dokument, który potwierdza prawo do mieszkania, na przykład umowa najmu, albo podpis właściciela na formularzu. Wniosek o sam numer PESEL możesz złożyć w dowolnym urzędzie gminy.

                ## Odbierz potwierdzenie numeru
                Urząd zwykle nadaje numer od ręki i bezpłatnie wydaje potwierdzenie nadania numeru PESEL. Sprawdź na nim imię i nazwisko: mają być zapisane tak jak w paszporcie.
                """),
            ("en", "How to get a PESEL number", """
                You will need a PESEL number at work, at the doctor's, at school and at the bank. A foreigner gets it on [address registration](term:address-registration) or on application. The number is given free of charge.

                ## Check how you will get the number
                If you live at one address for more than 30 days, register it: you get a PESEL number along with the registration. If you do not register your address, apply for a PESEL number and name the law that requires it, for example your employer registering you for social insurance. A letter from your employer helps to show this.

                ## Apply at the district office
                Bring your passport. To register your address you also need a document that shows your right to the home, such as a rental contract, or the owner's signature on the form. You can apply for the PESEL number alone at any municipal office.

                ## Collect the confirmation of your number
                The office usually gives the number on the spot and issues a confirmation of the PESEL number free of charge. Check your name on it: it must be written as in your passport.
                """),
            ("uk", "Як отримати номер PESEL", """
                Номер PESEL знадобиться на роботі, у лікаря, у школі та в банку. Іноземець отримує його під час [реєстрації місця проживання](term:address-registration) або за заявою. Номер присвоюють безкоштовно.

                ## З'ясуйте, як ви отримаєте номер
                Якщо ви живете за однією адресою понад 30 днів, зареєструйте місце проживання: номер PESEL присвоять разом із реєстрацією. Якщо ви не реєструєтеся, подайте заяву про присвоєння номера PESEL і вкажіть норму закону, яка його вимагає, наприклад реєстрацію роботодавцем у системі соціального страхування. Лист від роботодавця допоможе це підтвердити.

                ## Подайте заяву в управлінні району
                Візьміть паспорт. Для реєстрації місця проживання потрібен також документ, що підтверджує право на житло, наприклад договір оренди, або підпис власника на формулярі. Заяву лише про номер PESEL можна подати в будь-якому управлінні гміни.

                ## Отримайте підтвердження номера
                Управління зазвичай присвоює номер одразу й безкоштовно видає підтвердження присвоєння номера PESEL. Перевірте в ньому ім'я та прізвище: вони мають бути записані так, як у паспорті.
                """),
            ("ru", "Как получить номер PESEL", """
                Номер PESEL понадобится на работе, у врача, в школе и в банке. Иностранец получает его при [регистрации по месту жительства](term:address-registration) или по заявлению. Номер присваивается бесплатно.

                ## Выясните, как вы получите номер
                Если вы живёте по одному адресу более 30 дней, зарегистрируйтесь: номер PESEL присвоят вместе с регистрацией. Если вы не регистрируетесь, подайте заявление о присвоении номера PESEL и укажите норму закона, которая его требует, например регистрацию работодателем в системе социального страхования. Письмо от работодателя поможет это подтвердить.

                ## Подайте заявление в управе района
                Возьмите паспорт. Для регистрации по месту жительства нужен также документ, подтверждающий право на жильё, например договор аренды, или подпись владельца на бланке. Заявление только о номере PESEL можно подать в любом управлении гмины.

                ## Получите подтверждение номера
                Управление обычно присваивает номер сразу и бесплатно выдаёт подтверждение присвоения номера PESEL. Проверьте в нём имя и фамилию: они должны быть записаны так же, как в паспорте.
                """),
            ("ar", "كيف تحصل على رقم PESEL", """
                ستحتاج إلى رقم PESEL في العمل وعند الطبيب وفي المدرسة وفي البنك. يحصل عليه الأجنبي عند [تسجيل العنوان](term:address-registration) أو بناءً على طلب. يُمنح الرقم مجانًا.

                ## تحقّق من الطريقة التي ستحصل بها على الرقم
                إذا كنت تسكن في عنوان واحد أكثر من 30 يومًا، فسجّل عنوانك، وسيُمنح لك رقم PESEL مع التسجيل. وإذا لم تسجّل عنوانك، فقدّم طلبًا لمنحك رقم PESEL واذكر النص القانوني الذي يستلزمه، مثل تسجيلك لدى التأمين الاجتماعي من قِبل صاحب العمل. تساعد رسالة من صاحب العمل على إثبات ذلك.

                ## قدّم الطلب في مكتب الحي
                أحضر جواز سفرك. ولتسجيل العنوان تحتاج أيضًا إلى وثيقة تثبت حقك في السكن، مثل عقد الإيجار، أو توقيع المالك على الاستمارة. ويمكنك تقديم طلب رقم PESEL وحده في أي مكتب بلدية.

                ## استلم تأكيد الرقم
                عادةً ما يمنح المكتب الرقم في الحال ويصدر تأكيدًا بمنح رقم PESEL مجانًا. تحقّق من اسمك فيه: يجب أن يُكتب كما في جواز سفرك.
                """),
            ("prs", "چگونه نمبر PESEL بگیریم", """
                نمبر PESEL در کار، نزد داکتر، در مکتب و در بانک به کارتان می‌آید. شخص خارجی آن را هنگام [ثبت آدرس](term:address-registration) یا با درخواست دریافت می‌کند. این نمبر رایگان داده می‌شود.

                ## ببینید از کدام راه نمبر می‌گیرید
                اگر بیش از ۳۰ روز در یک آدرس زندگی می‌کنید، آدرس خود را ثبت کنید: نمبر PESEL همراه با آن داده می‌شود. اگر آدرس خود را ثبت نمی‌کنید، برای گرفتن نمبر PESEL درخواست بدهید و قانونی را که آن را لازم می‌داند ذکر کنید، برای مثال ثبت شما در بیمهٔ اجتماعی توسط کارفرما. نامه‌ای از کارفرما به اثبات آن کمک می‌کند.

                ## درخواست را در ادارهٔ ناحیه بدهید
                پاسپورت خود را بیاورید. برای ثبت آدرس به سندی هم نیاز دارید که حق شما را بر خانه نشان دهد، مانند قرارداد کرایه، یا امضای مالک روی فورم. درخواست تنها برای نمبر PESEL را می‌توانید در هر شاروالی بدهید.

                ## تأییدیهٔ نمبر را بگیرید
                اداره معمولاً نمبر را فوراً می‌دهد و تأییدیهٔ دادن نمبر PESEL را رایگان صادر می‌کند. نام و تخلص خود را در آن بررسی کنید: باید مانند پاسپورت نوشته شده باشد.
                """),
            ("ur", "PESEL نمبر کیسے حاصل کریں", """
                PESEL نمبر کام پر، ڈاکٹر کے پاس، اسکول میں اور بینک میں کام آئے گا۔ غیر ملکی کو یہ [پتے کے اندراج](term:address-registration) پر یا درخواست دینے پر ملتا ہے۔ نمبر مفت دیا جاتا ہے۔

                ## معلوم کریں کہ آپ کو نمبر کیسے ملے گا
                اگر آپ ایک پتے پر 30 دن سے زیادہ رہتے ہیں تو اپنا پتہ درج کروائیں: PESEL نمبر اسی کے ساتھ مل جائے گا۔ اگر آپ پتہ درج نہیں کرواتے تو PESEL نمبر کے لیے درخواست دیں اور وہ قانونی شق بتائیں جس کے تحت یہ ضروری ہے، مثال کے طور پر آجر کی طرف سے سماجی بیمے میں اندراج۔ آجر کا خط یہ ثابت کرنے میں مدد دے گا۔

                ## ضلعی دفتر میں درخواست دیں
                اپنا پاسپورٹ ساتھ لائیں۔ پتے کے اندراج کے لیے ایسی دستاویز بھی درکار ہے جو رہائش پر آپ کا حق ثابت کرے، جیسے کرایہ نامہ، یا فارم پر مالک کے دستخط۔ صرف PESEL نمبر کی درخواست آپ کسی بھی میونسپل دفتر میں دے سکتے ہیں۔

                ## نمبر کی تصدیق وصول کریں
                دفتر عموماً نمبر فوراً دے دیتا ہے اور PESEL نمبر جاری ہونے کی تصدیق مفت فراہم کرتا ہے۔ اس پر اپنا نام چیک کریں: یہ پاسپورٹ کی طرح لکھا ہونا چاہیے۔
                """),
            ("zh-Hans", "如何获得 PESEL 号码", """
                工作、看医生、上学和去银行时都会用到 PESEL 号码。外国人在[登记住址](term:address-registration)时或通过申请获得该号码。号码免费分配。

                ## 确认您获得号码的方式
                如果您在同一地址居住超过 30 天，请登记住址：登记时会同时分配 PESEL 号码。如果您不登记住址，请申请分配 PESEL 号码，并注明要求您拥有该号码的法律规定，例如由雇主为您办理社会保险登记。雇主出具的信函有助于证明这一点。

                ## 到区政府办公室提交申请
                请携带护照。登记住址还需要证明您有权使用该住房的文件，例如租房合同，或由房东在表格上签字。仅申请 PESEL 号码时，可以在任何一个乡镇政府办公室提交。

                ## 领取号码确认
                办公室通常当场分配号码，并免费出具 PESEL 号码分配确认。请核对上面的姓名：必须与护照上的写法一致。
                """),
            ("es", "Cómo obtener el número PESEL", """
                Necesitarás el número PESEL en el trabajo, en el médico, en la escuela y en el banco. Un extranjero lo obtiene con el [empadronamiento](term:address-registration) o mediante solicitud. El número se asigna gratis.

                ## Comprueba cómo obtendrás el número
                Si vives en una misma dirección más de 30 días, empadrónate: el número PESEL se asigna a la vez. Si no te empadronas, solicita la asignación del número PESEL e indica la norma que lo exige, por ejemplo el alta en la seguridad social por parte de tu empleador. Una carta de tu empleador ayuda a demostrarlo.

                ## Presenta la solicitud en la oficina del distrito
                Lleva tu pasaporte. Para empadronarte necesitas además un documento que acredite tu derecho a la vivienda, como un contrato de alquiler, o la firma del propietario en el formulario. La solicitud solo del número PESEL puedes presentarla en cualquier oficina municipal.

                ## Recoge la confirmación del número
                La oficina suele asignar el número en el acto y expide gratis la confirmación de asignación del número PESEL. Comprueba tu nombre en ella: debe estar escrito como en tu pasaporte.
                """),
            ("de", "So erhalten Sie eine PESEL-Nummer", """
                Die PESEL-Nummer brauchen Sie bei der Arbeit, beim Arzt, in der Schule und bei der Bank. Ausländer erhalten sie bei der [Anmeldung des Wohnsitzes](term:address-registration) oder auf Antrag. Die Nummer wird kostenlos vergeben.

                ## Klären Sie, wie Sie die Nummer erhalten
                Wenn Sie länger als 30 Tage an einer Adresse wohnen, melden Sie sich an: Die PESEL-Nummer wird dabei vergeben. Wenn Sie sich nicht anmelden, beantragen Sie die PESEL-Nummer und nennen Sie die Vorschrift, die sie verlangt, zum Beispiel die Anmeldung zur Sozialversicherung durch Ihren Arbeitgeber. Ein Schreiben Ihres Arbeitgebers hilft, das nachzuweisen.

                ## Stellen Sie den Antrag im Bezirksamt
                Bringen Sie Ihren Reisepass mit. Für die Anmeldung brauchen Sie außerdem ein Dokument, das Ihr Recht auf die Wohnung belegt, etwa einen Mietvertrag, oder die Unterschrift des Eigentümers auf dem Formular. Den Antrag nur auf die PESEL-Nummer können Sie bei jedem Gemeindeamt stellen.

                ## Holen Sie die Bestätigung der Nummer ab
                Das Amt vergibt die Nummer meist sofort und stellt kostenlos eine Bestätigung über die Vergabe der PESEL-Nummer aus. Prüfen Sie darauf Ihren Namen: Er muss wie im Reisepass geschrieben sein.
                """),
            ("it", "Come ottenere il numero PESEL", """
                Il numero PESEL ti servirà al lavoro, dal medico, a scuola e in banca. Uno straniero lo riceve con l'[iscrizione anagrafica](term:address-registration) oppure su domanda. Il numero è assegnato gratuitamente.

                ## Verifica come otterrai il numero
                Se vivi allo stesso indirizzo per più di 30 giorni, fai l'iscrizione anagrafica: il numero PESEL viene assegnato insieme a essa. Se non ti iscrivi, presenta domanda di assegnazione del numero PESEL e indica la norma che lo richiede, per esempio l'iscrizione all'assicurazione sociale da parte del datore di lavoro. Una lettera del datore di lavoro aiuta a dimostrarlo.

                ## Presenta la domanda all'ufficio del distretto
                Porta il passaporto. Per l'iscrizione anagrafica serve anche un documento che attesti il tuo diritto all'abitazione, come un contratto d'affitto, oppure la firma del proprietario sul modulo. La domanda per il solo numero PESEL puoi presentarla in qualsiasi ufficio comunale.

                ## Ritira la conferma del numero
                Di solito l'ufficio assegna il numero subito e rilascia gratuitamente la conferma di assegnazione del numero PESEL. Controlla il tuo nome: deve essere scritto come nel passaporto.
                """),
            ("nl", "Zo krijg je een PESEL-nummer", """
                Een PESEL-nummer heb je nodig op het werk, bij de dokter, op school en bij de bank. Een buitenlander krijgt het bij de [inschrijving op een adres](term:address-registration) of op aanvraag. Het nummer wordt gratis toegekend.

                ## Kijk hoe je het nummer krijgt
                Woon je langer dan 30 dagen op één adres, schrijf je dan in: het PESEL-nummer wordt daarbij toegekend. Schrijf je je niet in, vraag dan een PESEL-nummer aan en noem de regel die het vereist, bijvoorbeeld je aanmelding bij de sociale verzekering door je werkgever. Een brief van je werkgever helpt om dat aan te tonen.

                ## Dien de aanvraag in bij het stadsdeelkantoor
                Neem je paspoort mee. Voor de inschrijving heb je ook een document nodig dat je recht op de woning aantoont, zoals een huurcontract, of de handtekening van de eigenaar op het formulier. Een aanvraag voor alleen het PESEL-nummer kun je bij elk gemeentekantoor indienen.

                ## Haal de bevestiging van je nummer op
                Het kantoor kent het nummer meestal meteen toe en geeft gratis een bevestiging van de toekenning van het PESEL-nummer. Controleer je naam erop: die moet geschreven zijn zoals in je paspoort.
                """))),
        (itemId, tenantId) =>
        [
            Step(itemId, tenantId, 1, "choose-way", online: "https://www.gov.pl/web/gov/uzyskaj-numer-pesel"),
            Step(itemId, tenantId, 2, "apply-at-office", after: "choose-way", needs: "passport", cost: 0m, place: DistrictOffice),
            Step(itemId, tenantId, 3, "get-confirmation", after: "apply-at-office", produces: "pesel", cost: 0m, place: DistrictOffice),
        ]);
}
