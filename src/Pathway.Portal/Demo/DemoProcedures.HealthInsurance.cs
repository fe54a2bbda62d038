using Pathway.Portal.Content;

namespace Pathway.Portal.Demo;

internal static partial class DemoProcedures
{
    /// <summary>NFZ health insurance, which needs the PESEL number: who insures you, then either the employer's registration or a voluntary contract at the NFZ branch.</summary>
    private static Procedure HealthInsurance => new(
        new(ContentKind.Procedure, "health-insurance", DemoContent.Texts(
            ("pl", "Ubezpieczenie zdrowotne w NFZ", """
                Z ubezpieczeniem w Narodowym Funduszu Zdrowia (NFZ) leczysz się bezpłatnie u lekarzy i w szpitalach, które mają umowę z NFZ. Przychodnia sprawdza ubezpieczenie po numerze PESEL, więc zdobądź go najpierw.

                ## Sprawdź, kto cię ubezpieczy
                Jeśli pracujesz na umowę o pracę lub umowę zlecenia, ubezpiecza cię pracodawca. Jeśli nie pracujesz, członek rodziny może zgłosić cię do ubezpieczenia jako członka swojej rodziny. Gdy nie masz żadnej z tych możliwości, podpisz z NFZ umowę o dobrowolne ubezpieczenie.

                ## Zgłoszenie przez pracodawcę
                Pracodawca zgłasza cię do ZUS w ciągu 7 dni od rozpoczęcia pracy i co miesiąc potrąca składkę zdrowotną z wynagrodzenia. Poproś go też o zgłoszenie małżonka i dzieci: jako członkowie rodziny są ubezpieczeni bez dodatkowej składki.

                ## Umowa o dobrowolne ubezpieczenie z NFZ
                Umowę podpiszesz w oddziale NFZ. Weź paszport i dokument potwierdzający legalny pobyt. Składka wynosi 9% przeciętnego wynagrodzenia, a NFZ ogłasza jej kwotę co kwartał. Po dłuższej przerwie w ubezpieczeniu zapłacisz też jednorazową opłatę dodatkową. Po podpisaniu umowy zgłoś się do ZUS w ciągu 7 dni i płać składkę co miesiąc.
                """),
            ("en", "Public health insurance with the NFZ", """
                With insurance in the National Health Fund (NFZ) you are treated free of charge by doctors and in hospitals that have a contract with the NFZ. Clinics check your insurance by your PESEL number, so get the number first.

                ## Check who will insure you
                If you work under an employment contract or a contract of mandate, your employer insures you. If you do not work, a family member can register you for insurance as a member of their family. When you have neither, sign a voluntary insurance contract with the NFZ.

                ## Registration by your employer
                Your employer registers you with ZUS within 7 days of your starting work and takes the health contribution from your pay every month. Ask them to register your spouse and children too: as family members they are insured without an extra contribution.

                ## A voluntary insurance contract with the NFZ
                You sign the contract at an NFZ branch. Bring your passport and a document that confirms your legal stay. The contribution is 9% of the average wage, and the NFZ announces the amount every quarter. After a longer gap in insurance you also pay a one-time additional fee. After signing the contract, register with ZUS within 7 days and pay the contribution every month.
                """),
            ("uk", "Державне медичне страхування в NFZ", """
                Зі страхуванням у Національному фонді здоров'я (NFZ) ви лікуєтеся безкоштовно в лікарів і лікарнях, які мають договір з NFZ. Поліклініка перевіряє страхування за номером PESEL, тож спершу отримайте його.

                ## З'ясуйте, хто вас застрахує
                Якщо ви працюєте за трудовим договором або договором доручення, вас страхує роботодавець. Якщо ви не працюєте, член родини може зареєструвати вас у страхуванні як члена своєї родини. Якщо жодної з цих можливостей немає, укладіть з NFZ договір про добровільне страхування.

                ## Реєстрація через роботодавця
                Роботодавець реєструє вас у ZUS протягом 7 днів від початку роботи й щомісяця утримує медичний внесок із зарплати. Попросіть його також зареєструвати чоловіка чи дружину та дітей: як члени родини вони застраховані без додаткового внеску.

                ## Договір про добровільне страхування з NFZ
                Договір ви підпишете у відділенні NFZ. Візьміть паспорт і документ, що підтверджує легальне перебування. Внесок становить 9% від середньої заробітної плати, а NFZ щокварталу оголошує його суму. Після довшої перерви в страхуванні ви також сплатите одноразовий додатковий платіж. Після підписання договору зареєструйтеся в ZUS протягом 7 днів і сплачуйте внесок щомісяця.
                """),
            ("ru", "Государственное медицинское страхование в NFZ", """
                Со страховкой в Национальном фонде здоровья (NFZ) вы лечитесь бесплатно у врачей и в больницах, у которых есть договор с NFZ. Поликлиника проверяет страховку по номеру PESEL, поэтому сначала получите его.

                ## Выясните, кто вас застрахует
                Если вы работаете по трудовому договору или договору поручения, вас страхует работодатель. Если вы не работаете, член семьи может зарегистрировать вас в страховании как члена своей семьи. Если ни одной из этих возможностей нет, заключите с NFZ договор о добровольном страховании.

                ## Регистрация через работодателя
                Работодатель регистрирует вас в ZUS в течение 7 дней с начала работы и ежемесячно удерживает медицинский взнос из зарплаты. Попросите его также зарегистрировать супруга и детей: как члены семьи они застрахованы без дополнительного взноса.

                ## Договор о добровольном страховании с NFZ
                Договор вы подпишете в отделении NFZ. Возьмите паспорт и документ, подтверждающий легальное пребывание. Взнос составляет 9% от средней заработной платы, а NFZ ежеквартально объявляет его сумму. После длительного перерыва в страховании вы также заплатите единовременный дополнительный сбор. После подписания договора зарегистрируйтесь в ZUS в течение 7 дней и платите взнос ежемесячно.
                """),
            ("ar", "التأمين الصحي العام لدى الصندوق الوطني للصحة (NFZ)", """
                مع التأمين لدى الصندوق الوطني للصحة (NFZ) تتلقى العلاج مجانًا لدى الأطباء وفي المستشفيات المتعاقدة مع الصندوق. تتحقق العيادة من تأمينك برقم PESEL، لذا احصل عليه أولًا.

                ## تحقّق ممن سيؤمّنك
                إذا كنت تعمل بعقد عمل أو بعقد تكليف، فإن صاحب العمل يؤمّنك. وإذا كنت لا تعمل، فيمكن لأحد أفراد أسرتك تسجيلك في التأمين بصفتك فردًا من أسرته. وإذا لم يتوفر لك أيٌّ من ذلك، فوقّع مع الصندوق عقد تأمين طوعي.

                ## التسجيل عن طريق صاحب العمل
                يسجّلك صاحب العمل لدى مؤسسة الضمان الاجتماعي (ZUS) خلال 7 أيام من بدء العمل، ويقتطع اشتراك التأمين الصحي من راتبك كل شهر. اطلب منه أيضًا تسجيل زوجك أو زوجتك وأطفالك، فهم مؤمَّنون بصفتهم أفرادًا من الأسرة دون اشتراك إضافي.

                ## عقد التأمين الطوعي مع الصندوق
                توقّع العقد في أحد فروع الصندوق. أحضر جواز سفرك ووثيقة تثبت إقامتك القانونية. يبلغ الاشتراك 9% من متوسط الأجر، ويعلن الصندوق قيمته كل ربع سنة. وبعد انقطاع طويل عن التأمين تدفع أيضًا رسمًا إضافيًا لمرة واحدة. بعد توقيع العقد، سجّل نفسك لدى ZUS خلال 7 أيام وادفع الاشتراك كل شهر.
                """),
            ("prs", "بیمهٔ صحی عمومی در NFZ", """
                با بیمه در صندوق ملی صحت (NFZ) نزد داکتران و در شفاخانه‌هایی که با NFZ قرارداد دارند رایگان تداوی می‌شوید. کلینیک بیمهٔ شما را با نمبر PESEL بررسی می‌کند، پس اول آن را بگیرید.

                ## ببینید چه کسی شما را بیمه می‌کند
                اگر با قرارداد کار یا قرارداد خدماتی کار می‌کنید، کارفرما شما را بیمه می‌کند. اگر کار نمی‌کنید، یکی از اعضای خانواده می‌تواند شما را به عنوان عضو خانوادهٔ خود در بیمه ثبت کند. اگر هیچ‌کدام از این راه‌ها را ندارید، با NFZ قرارداد بیمهٔ داوطلبانه امضا کنید.

                ## ثبت از طریق کارفرما
                کارفرما شما را در مدت ۷ روز پس از شروع کار در ZUS ثبت می‌کند و هر ماه حق بیمهٔ صحی را از معاش شما کم می‌کند. از او بخواهید همسر و فرزندان شما را نیز ثبت کند: آن‌ها به عنوان اعضای خانواده بدون پرداخت اضافی بیمه می‌شوند.

                ## قرارداد بیمهٔ داوطلبانه با NFZ
                قرارداد را در یکی از شعبه‌های NFZ امضا می‌کنید. پاسپورت و سندی را که اقامت قانونی شما را تأیید می‌کند با خود بیاورید. حق بیمه ۹٪ میانگین معاش است و NFZ مبلغ آن را هر سه ماه اعلام می‌کند. پس از یک وقفهٔ طولانی در بیمه، یک فیس اضافی یک‌باره نیز می‌پردازید. پس از امضای قرارداد، در مدت ۷ روز خود را در ZUS ثبت کنید و هر ماه حق بیمه را بپردازید.
                """),
            ("ur", "NFZ میں سرکاری صحت بیمہ", """
                نیشنل ہیلتھ فنڈ (NFZ) میں بیمے کے ساتھ آپ ان ڈاکٹروں اور ہسپتالوں میں مفت علاج کرواتے ہیں جن کا NFZ سے معاہدہ ہے۔ کلینک آپ کا بیمہ PESEL نمبر سے چیک کرتا ہے، اس لیے پہلے وہ حاصل کریں۔

                ## معلوم کریں کہ آپ کا بیمہ کون کرائے گا
                اگر آپ ملازمت کے معاہدے یا خدمات کے معاہدے پر کام کرتے ہیں تو آپ کا آجر آپ کا بیمہ کرتا ہے۔ اگر آپ کام نہیں کرتے تو خاندان کا کوئی فرد آپ کو اپنے خاندان کے فرد کے طور پر بیمے میں درج کروا سکتا ہے۔ اگر ان میں سے کوئی صورت نہ ہو تو NFZ کے ساتھ رضاکارانہ بیمے کا معاہدہ کریں۔

                ## آجر کے ذریعے اندراج
                آجر کام شروع ہونے کے 7 دن کے اندر آپ کو ZUS میں درج کرواتا ہے اور ہر ماہ آپ کی تنخواہ سے صحت کا کنٹری بیوشن کاٹتا ہے۔ اس سے اپنے شریکِ حیات اور بچوں کا اندراج بھی کروائیں: خاندان کے افراد کے طور پر وہ کسی اضافی کنٹری بیوشن کے بغیر بیمہ شدہ ہوتے ہیں۔

                ## NFZ کے ساتھ رضاکارانہ بیمے کا معاہدہ
                معاہدہ آپ NFZ کی کسی شاخ میں کریں گے۔ اپنا پاسپورٹ اور قانونی قیام کی تصدیق کرنے والی دستاویز ساتھ لائیں۔ کنٹری بیوشن اوسط تنخواہ کا 9% ہے اور NFZ ہر سہ ماہی اس کی رقم کا اعلان کرتا ہے۔ بیمے میں طویل وقفے کے بعد آپ ایک بار کی اضافی فیس بھی ادا کریں گے۔ معاہدے پر دستخط کے بعد 7 دن کے اندر ZUS میں اپنا اندراج کروائیں اور ہر ماہ کنٹری بیوشن ادا کریں۔
                """),
            ("zh-Hans", "国家卫生基金（NFZ）公共医疗保险", """
                参加国家卫生基金（NFZ）的医疗保险后，您可以在与 NFZ 签约的医生和医院免费就医。诊所通过 PESEL 号码核实您的保险，因此请先取得该号码。

                ## 确认由谁为您投保
                如果您签订劳动合同或委托合同工作，由雇主为您投保。如果您不工作，家庭成员可以将您作为其家属登记参保。如果以上两种情况都不适用，请与 NFZ 签订自愿保险合同。

                ## 由雇主登记
                雇主在您开始工作后 7 天内到 ZUS 为您登记，并每月从工资中扣除医疗保险费。也请雇主为您的配偶和子女登记：他们作为家属参保，无需另缴保险费。

                ## 与 NFZ 签订自愿保险合同
                您可以在 NFZ 分支机构签订合同。请携带护照和证明您合法居留的文件。保险费为平均工资的 9%，NFZ 每季度公布具体金额。如果此前长期中断保险，您还需缴纳一次性附加费。签订合同后，请在 7 天内到 ZUS 登记，并按月缴纳保险费。
                """),
            ("es", "Seguro médico público en el NFZ", """
                Con el seguro del Fondo Nacional de Salud (NFZ) recibes atención gratuita de los médicos y en los hospitales que tienen contrato con el NFZ. El centro de salud comprueba tu seguro con tu número PESEL, así que consíguelo primero.

                ## Comprueba quién te asegura
                Si trabajas con un contrato de trabajo o un contrato de mandato, te asegura tu empleador. Si no trabajas, un familiar puede inscribirte en el seguro como miembro de su familia. Si no tienes ninguna de estas opciones, firma con el NFZ un contrato de seguro voluntario.

                ## Alta a través del empleador
                Tu empleador te da de alta en el ZUS en un plazo de 7 días desde que empiezas a trabajar y cada mes descuenta la cotización sanitaria de tu sueldo. Pídele también que inscriba a tu cónyuge y a tus hijos: como familiares están asegurados sin cotización adicional.

                ## Contrato de seguro voluntario con el NFZ
                Firmarás el contrato en una delegación del NFZ. Lleva tu pasaporte y un documento que acredite tu estancia legal. La cotización es el 9% del salario medio, y el NFZ publica su importe cada trimestre. Tras una interrupción larga del seguro pagarás además una tasa adicional única. Después de firmar el contrato, date de alta en el ZUS en un plazo de 7 días y paga la cotización cada mes.
                """),
            ("de", "Gesetzliche Krankenversicherung beim NFZ", """
                Mit einer Versicherung beim Nationalen Gesundheitsfonds (NFZ) werden Sie kostenlos bei Ärzten und in Krankenhäusern behandelt, die einen Vertrag mit dem NFZ haben. Die Praxis prüft Ihre Versicherung anhand Ihrer PESEL-Nummer, besorgen Sie sich diese also zuerst.

                ## Klären Sie, wer Sie versichert
                Wenn Sie mit einem Arbeitsvertrag oder einem Auftragsvertrag arbeiten, versichert Sie Ihr Arbeitgeber. Wenn Sie nicht arbeiten, kann ein Familienmitglied Sie als Angehörigen zur Versicherung anmelden. Wenn beides nicht möglich ist, schließen Sie mit dem NFZ einen Vertrag über eine freiwillige Versicherung.

                ## Anmeldung durch den Arbeitgeber
                Ihr Arbeitgeber meldet Sie innerhalb von 7 Tagen nach Arbeitsbeginn bei der ZUS an und zieht den Krankenversicherungsbeitrag jeden Monat vom Lohn ab. Bitten Sie ihn, auch Ihren Ehegatten und Ihre Kinder anzumelden: Als Familienangehörige sind sie ohne zusätzlichen Beitrag versichert.

                ## Freiwillige Versicherung beim NFZ
                Den Vertrag unterschreiben Sie in einer Geschäftsstelle des NFZ. Bringen Sie Ihren Reisepass und ein Dokument mit, das Ihren rechtmäßigen Aufenthalt bestätigt. Der Beitrag beträgt 9 % des Durchschnittslohns; der NFZ gibt den Betrag jedes Quartal bekannt. Nach einer längeren Lücke in der Versicherung zahlen Sie zusätzlich eine einmalige Zusatzgebühr. Melden Sie sich nach der Unterschrift innerhalb von 7 Tagen bei der ZUS an und zahlen Sie den Beitrag monatlich.
                """),
            ("it", "Assicurazione sanitaria pubblica con il NFZ", """
                Con l'assicurazione presso il Fondo sanitario nazionale (NFZ) ti curi gratuitamente dai medici e negli ospedali convenzionati con il NFZ. L'ambulatorio verifica l'assicurazione con il numero PESEL, quindi procuratelo per primo.

                ## Verifica chi ti assicura
                Se lavori con un contratto di lavoro o un contratto di mandato, ti assicura il datore di lavoro. Se non lavori, un familiare può iscriverti all'assicurazione come componente della sua famiglia. Se non hai nessuna di queste possibilità, firma con il NFZ un contratto di assicurazione volontaria.

                ## Iscrizione tramite il datore di lavoro
                Il datore di lavoro ti iscrive allo ZUS entro 7 giorni dall'inizio del lavoro e ogni mese trattiene il contributo sanitario dallo stipendio. Chiedigli di iscrivere anche il coniuge e i figli: come familiari sono assicurati senza un contributo aggiuntivo.

                ## Contratto di assicurazione volontaria con il NFZ
                Firmerai il contratto in una sede del NFZ. Porta il passaporto e un documento che attesti il soggiorno legale. Il contributo è pari al 9% della retribuzione media e il NFZ ne comunica l'importo ogni trimestre. Dopo una lunga interruzione dell'assicurazione pagherai anche una tassa aggiuntiva una tantum. Dopo la firma del contratto, iscriviti allo ZUS entro 7 giorni e paga il contributo ogni mese.
                """),
            ("nl", "Publieke ziektekostenverzekering bij het NFZ", """
                Met een verzekering bij het Nationaal Gezondheidsfonds (NFZ) word je gratis behandeld door artsen en in ziekenhuizen die een contract met het NFZ hebben. De praktijk controleert je verzekering aan de hand van je PESEL-nummer, dus regel dat eerst.

                ## Kijk wie je verzekert
                Werk je met een arbeidsovereenkomst of een opdrachtovereenkomst, dan verzekert je werkgever je. Werk je niet, dan kan een gezinslid je als lid van zijn of haar gezin aanmelden voor de verzekering. Heb je geen van beide mogelijkheden, sluit dan met het NFZ een overeenkomst voor een vrijwillige verzekering.

                ## Aanmelding via je werkgever
                Je werkgever meldt je binnen 7 dagen na het begin van je werk aan bij ZUS en houdt elke maand de zorgpremie in op je loon. Vraag je werkgever ook je echtgenoot en kinderen aan te melden: als gezinsleden zijn ze verzekerd zonder extra premie.

                ## Een vrijwillige verzekering bij het NFZ
                Je tekent de overeenkomst bij een vestiging van het NFZ. Neem je paspoort mee en een document dat je legale verblijf bevestigt. De premie is 9% van het gemiddelde loon; het NFZ maakt het bedrag elk kwartaal bekend. Na een langere onderbreking van je verzekering betaal je ook een eenmalige extra vergoeding. Meld je na het tekenen binnen 7 dagen aan bij ZUS en betaal de premie elke maand.
                """))),
        (itemId, tenantId) =>
        [
            Step(itemId, tenantId, 1, "who-insures-you", needs: "pesel", online: "https://www.nfz.gov.pl/"),
            Step(itemId, tenantId, 2, "through-employer", after: "who-insures-you", needs: "employment-contract"),
            Step(itemId, tenantId, 3, "voluntary-contract", after: "who-insures-you", needs: "passport", place: NfzBranch),
        ]);
}
