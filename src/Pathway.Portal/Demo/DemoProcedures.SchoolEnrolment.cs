using Pathway.Portal.Content;

namespace Pathway.Portal.Demo;

internal static partial class DemoProcedures
{
    /// <summary>School enrolment, which needs the PESEL number: the catchment school, the head teacher, and help with Polish (the preparatory class).</summary>
    private static Procedure SchoolEnrolment => new(
        new(ContentKind.Procedure, "school-enrolment", DemoContent.Texts(
            ("pl", "Zapisanie dziecka do szkoły", """
                Każde dziecko mieszkające w Polsce, także cudzoziemskie, ma prawo i obowiązek nauki do 18. roku życia. Nauka w szkole publicznej jest bezpłatna. Szkoła podstawowa w obwodzie, w którym mieszkacie, musi przyjąć dziecko także w trakcie roku szkolnego.

                ## Znajdź szkołę obwodową
                Zapytaj w urzędzie dzielnicy albo w najbliższej szkole podstawowej, do której szkoły należy wasz adres. Możesz też zapisać dziecko do innej szkoły, jeśli ma wolne miejsca.

                ## Zapisz dziecko u dyrektora szkoły
                Przyjdź z dzieckiem i dokumentami: aktem urodzenia albo paszportem dziecka, jego numerem PESEL (jeśli go nie ma, szkoła wpisze numer paszportu) oraz ostatnim świadectwem lub zaświadczeniem ze szkoły za granicą. Dyrektor przydzieli dziecko do klasy na podstawie dokumentów i rozmowy, a gdy dokumentów brakuje, na podstawie samej rozmowy.

                ## Poproś o wsparcie w nauce polskiego
                Dziecko, które słabo zna polski, ma prawo do bezpłatnych dodatkowych lekcji języka polskiego, co najmniej 2 godziny tygodniowo, i do zajęć wyrównawczych. Szkoła może też przyjąć je do oddziału przygotowawczego: mniejszej klasy, w której przez pierwsze miesiące uczy się polskiego i innych przedmiotów we własnym tempie. Zapytaj dyrektora, jakie formy wsparcia prowadzi szkoła.
                """),
            ("en", "Enrolling a child in school", """
                Every child in Poland, foreign children too, has the right and the duty to learn until the age of 18. Public schools are free. The primary school of the catchment area where you live must take your child, also during the school year.

                ## Find your catchment school
                Ask at the district office or at the nearest primary school which school your address belongs to. You can also enrol your child at another school if it has free places.

                ## Enrol your child with the head teacher
                Come with your child and the documents: the child's birth certificate or passport, their PESEL number (if they have none, the school writes down the passport number), and the latest school report or certificate from the school abroad. The head teacher places the child in a class based on the documents and a talk, and when documents are missing, based on the talk alone.

                ## Ask for help with learning Polish
                A child who knows little Polish has the right to free extra Polish lessons, at least 2 hours a week, and to catch-up classes. The school may also place them in a preparatory class (oddział przygotowawczy): a smaller class where they learn Polish and other subjects at their own pace for the first months. Ask the head teacher what the school offers.
                """),
            ("uk", "Як записати дитину до школи", """
                Кожна дитина в Польщі, зокрема дитина-іноземець, має право й обов'язок навчатися до 18 років. Навчання в державній школі безкоштовне. Початкова школа округу, у якому ви живете, зобов'язана прийняти дитину також протягом навчального року.

                ## Знайдіть школу свого округу
                Запитайте в управлінні району або в найближчій початковій школі, до якої школи належить ваша адреса. Ви також можете записати дитину до іншої школи, якщо там є вільні місця.

                ## Запишіть дитину в директора школи
                Прийдіть із дитиною та документами: свідоцтвом про народження або паспортом дитини, її номером PESEL (якщо його немає, школа запише номер паспорта) та останнім табелем чи довідкою зі школи за кордоном. Директор визначить клас на підставі документів і співбесіди, а якщо документів бракує, лише на підставі співбесіди.

                ## Попросіть про підтримку у вивченні польської
                Дитина, яка погано знає польську, має право на безкоштовні додаткові уроки польської мови, щонайменше 2 години на тиждень, і на вирівнювальні заняття. Школа може також зарахувати її до підготовчого класу (oddział przygotowawczy): меншого класу, де в перші місяці дитина вивчає польську та інші предмети у власному темпі. Запитайте директора, що пропонує школа.
                """),
            ("ru", "Как записать ребёнка в школу", """
                Каждый ребёнок в Польше, в том числе ребёнок-иностранец, имеет право и обязанность учиться до 18 лет. Обучение в государственной школе бесплатное. Начальная школа того округа, где вы живёте, обязана принять ребёнка и в течение учебного года.

                ## Найдите школу своего округа
                Спросите в управе района или в ближайшей начальной школе, к какой школе относится ваш адрес. Вы также можете записать ребёнка в другую школу, если там есть свободные места.

                ## Запишите ребёнка у директора школы
                Придите с ребёнком и документами: свидетельством о рождении или паспортом ребёнка, его номером PESEL (если его нет, школа запишет номер паспорта) и последним табелем или справкой из школы за границей. Директор определит класс на основании документов и собеседования, а если документов нет, только на основании собеседования.

                ## Попросите о поддержке в изучении польского
                Ребёнок, который плохо знает польский, имеет право на бесплатные дополнительные уроки польского языка, не менее 2 часов в неделю, и на выравнивающие занятия. Школа может также зачислить его в подготовительный класс (oddział przygotowawczy): небольшой класс, где в первые месяцы ребёнок изучает польский и другие предметы в своём темпе. Спросите директора, что предлагает школа.
                """),
            ("ar", "تسجيل الطفل في المدرسة", """
                لكل طفل في بولندا، ومنهم الأطفال الأجانب، الحق في التعليم وواجب التعلّم حتى سن 18 عامًا. التعليم في المدارس العامة مجاني. ويجب على المدرسة الابتدائية في المنطقة التي تسكنون فيها قبول الطفل حتى خلال العام الدراسي.

                ## ابحث عن مدرسة منطقتك
                اسأل في مكتب الحي أو في أقرب مدرسة ابتدائية عن المدرسة التي يتبع لها عنوانك. ويمكنك أيضًا تسجيل طفلك في مدرسة أخرى إذا كانت فيها أماكن شاغرة.

                ## سجّل طفلك لدى مدير المدرسة
                احضر مع طفلك ومعك الوثائق: شهادة ميلاد الطفل أو جواز سفره، ورقم PESEL الخاص به (إذا لم يكن لديه رقم، تسجّل المدرسة رقم جواز السفر)، وآخر شهادة مدرسية أو إفادة من المدرسة في الخارج. يحدد المدير صف الطفل بناءً على الوثائق ومقابلة معه، وعند نقص الوثائق بناءً على المقابلة وحدها.

                ## اطلب الدعم في تعلّم اللغة البولندية
                للطفل الذي لا يعرف البولندية جيدًا الحق في دروس إضافية مجانية في اللغة البولندية، ساعتين أسبوعيًا على الأقل، وفي حصص تقوية. ويمكن للمدرسة أيضًا إلحاقه بصف تحضيري (oddział przygotowawczy): صف أصغر يتعلم فيه في الأشهر الأولى اللغة البولندية والمواد الأخرى بوتيرته الخاصة. اسأل المدير عمّا تقدمه المدرسة.
                """),
            ("prs", "ثبت‌نام طفل در مکتب", """
                هر طفل در پولند، از جمله اطفال خارجی، حق و وظیفهٔ آموزش را تا ۱۸ سالگی دارد. آموزش در مکتب‌های دولتی رایگان است. مکتب ابتداییهٔ ساحه‌ای که در آن زندگی می‌کنید باید طفل را حتی در جریان سال تعلیمی بپذیرد.

                ## مکتب ساحهٔ خود را پیدا کنید
                در ادارهٔ ناحیه یا در نزدیک‌ترین مکتب ابتداییه بپرسید که آدرس شما به کدام مکتب تعلق دارد. همچنین می‌توانید طفل خود را در مکتب دیگری که جای خالی دارد ثبت‌نام کنید.

                ## طفل را نزد مدیر مکتب ثبت‌نام کنید
                با طفل و اسناد بیایید: سند تولد یا پاسپورت طفل، نمبر PESEL او (اگر ندارد، مکتب نمبر پاسپورت را درج می‌کند) و آخرین شهادت‌نامه یا تصدیق از مکتب در خارج. مدیر بر اساس اسناد و یک گفتگو صنف طفل را تعیین می‌کند و اگر اسناد کم باشد، تنها بر اساس گفتگو.

                ## برای آموختن زبان پولندی کمک بخواهید
                طفلی که زبان پولندی را کم می‌داند حق دارد درس‌های اضافی و رایگان زبان پولندی، دست‌کم ۲ ساعت در هفته، و صنف‌های تقویتی داشته باشد. مکتب همچنین می‌تواند او را در صنف آمادگی (oddział przygotowawczy) بپذیرد: صنف کوچک‌تری که در آن طفل در ماه‌های نخست پولندی و مضمون‌های دیگر را به سرعت خودش می‌آموزد. از مدیر بپرسید مکتب چه چیزهایی ارائه می‌کند.
                """),
            ("ur", "بچے کا اسکول میں داخلہ", """
                پولینڈ میں ہر بچے کو، بشمول غیر ملکی بچوں کے، 18 سال کی عمر تک تعلیم کا حق حاصل ہے اور تعلیم حاصل کرنا اس کی ذمہ داری بھی ہے۔ سرکاری اسکولوں میں تعلیم مفت ہے۔ جس علاقے میں آپ رہتے ہیں اس کا پرائمری اسکول تعلیمی سال کے دوران بھی بچے کو داخلہ دینے کا پابند ہے۔

                ## اپنے علاقے کا اسکول تلاش کریں
                ضلعی دفتر یا قریب ترین پرائمری اسکول سے پوچھیں کہ آپ کا پتہ کس اسکول کے علاقے میں آتا ہے۔ اگر کسی دوسرے اسکول میں جگہ خالی ہو تو آپ بچے کو وہاں بھی داخل کروا سکتے ہیں۔

                ## اسکول کے پرنسپل کے پاس بچے کا داخلہ کروائیں
                بچے اور دستاویزات کے ساتھ آئیں: بچے کا پیدائشی سرٹیفکیٹ یا پاسپورٹ، اس کا PESEL نمبر (اگر نہ ہو تو اسکول پاسپورٹ نمبر درج کرے گا)، اور بیرونِ ملک اسکول کا آخری رزلٹ کارڈ یا سرٹیفکیٹ۔ پرنسپل دستاویزات اور بات چیت کی بنیاد پر بچے کی جماعت طے کرے گا، اور دستاویزات نہ ہوں تو صرف بات چیت کی بنیاد پر۔

                ## پولش سیکھنے میں مدد مانگیں
                جو بچہ پولش کم جانتا ہے اسے پولش زبان کے مفت اضافی اسباق، ہفتے میں کم از کم 2 گھنٹے، اور تلافی کی کلاسوں کا حق ہے۔ اسکول اسے تیاری کی جماعت (oddział przygotowawczy) میں بھی رکھ سکتا ہے: ایک چھوٹی جماعت جس میں بچہ ابتدائی مہینوں میں پولش اور دوسرے مضامین اپنی رفتار سے سیکھتا ہے۔ پرنسپل سے پوچھیں کہ اسکول کیا پیش کرتا ہے۔
                """),
            ("zh-Hans", "为孩子办理入学", """
                在波兰的每个孩子，包括外国儿童，都享有受教育的权利，并有义务接受教育至 18 岁。公立学校免费。您居住地所属学区的小学必须接收孩子，学年中途也不例外。

                ## 找到所属学区的学校
                向区政府办公室或最近的小学询问您的地址属于哪所学校。如果其他学校有空余名额，您也可以让孩子在那里入学。

                ## 向校长办理入学
                请带孩子和以下文件前来：孩子的出生证明或护照、孩子的 PESEL 号码（如果没有，学校会登记护照号码），以及国外学校的最近一份成绩单或证明。校长根据文件和面谈决定孩子就读的班级；如果缺少文件，则仅根据面谈决定。

                ## 申请波兰语学习支持
                波兰语基础薄弱的孩子有权免费参加额外的波兰语课（每周至少 2 课时）以及补习课。学校还可以安排孩子进入预备班（oddział przygotowawczy）：这是人数较少的班级，孩子在最初几个月里按自己的进度学习波兰语和其他科目。请向校长询问学校提供哪些支持。
                """),
            ("es", "Matricular a un niño en la escuela", """
                Todo niño en Polonia, también el extranjero, tiene el derecho y el deber de estudiar hasta los 18 años. La enseñanza en la escuela pública es gratuita. La escuela primaria de la zona donde vivís debe admitir al niño, también durante el curso escolar.

                ## Encuentra la escuela de tu zona
                Pregunta en la oficina del distrito o en la escuela primaria más cercana a qué escuela corresponde tu dirección. También puedes matricular a tu hijo en otra escuela si tiene plazas libres.

                ## Matricula a tu hijo con el director de la escuela
                Acude con tu hijo y los documentos: el certificado de nacimiento o el pasaporte del niño, su número PESEL (si no lo tiene, la escuela anota el número de pasaporte) y el último boletín o certificado de la escuela en el extranjero. El director asigna al niño a un curso según los documentos y una entrevista, y si faltan documentos, solo según la entrevista.

                ## Pide apoyo para aprender polaco
                Un niño que sabe poco polaco tiene derecho a clases adicionales gratuitas de polaco, al menos 2 horas a la semana, y a clases de refuerzo. La escuela también puede incluirlo en una clase preparatoria (oddział przygotowawczy): una clase más pequeña donde durante los primeros meses aprende polaco y otras asignaturas a su propio ritmo. Pregunta al director qué ofrece la escuela.
                """),
            ("de", "Ein Kind in der Schule anmelden", """
                Jedes Kind in Polen, auch ein ausländisches, hat das Recht und die Pflicht, bis zum Alter von 18 Jahren zu lernen. Der Unterricht an öffentlichen Schulen ist kostenlos. Die Grundschule des Schulbezirks, in dem Sie wohnen, muss das Kind aufnehmen, auch während des Schuljahres.

                ## Finden Sie Ihre Bezirksschule
                Fragen Sie im Bezirksamt oder in der nächsten Grundschule, zu welcher Schule Ihre Adresse gehört. Sie können Ihr Kind auch an einer anderen Schule anmelden, wenn sie freie Plätze hat.

                ## Melden Sie Ihr Kind bei der Schulleitung an
                Kommen Sie mit Ihrem Kind und den Unterlagen: der Geburtsurkunde oder dem Reisepass des Kindes, seiner PESEL-Nummer (hat es keine, notiert die Schule die Passnummer) und dem letzten Zeugnis oder einer Bescheinigung der Schule im Ausland. Die Schulleitung teilt das Kind anhand der Unterlagen und eines Gesprächs einer Klasse zu, und wenn Unterlagen fehlen, allein anhand des Gesprächs.

                ## Bitten Sie um Hilfe beim Polnischlernen
                Ein Kind, das wenig Polnisch kann, hat Anspruch auf kostenlosen zusätzlichen Polnischunterricht, mindestens 2 Stunden pro Woche, und auf Förderunterricht. Die Schule kann es auch in eine Vorbereitungsklasse (oddział przygotowawczy) aufnehmen: eine kleinere Klasse, in der es in den ersten Monaten Polnisch und andere Fächer im eigenen Tempo lernt. Fragen Sie die Schulleitung, was die Schule anbietet.
                """),
            ("it", "Iscrivere un bambino a scuola", """
                Ogni bambino in Polonia, anche straniero, ha il diritto e il dovere di istruzione fino a 18 anni. La scuola pubblica è gratuita. La scuola primaria della zona in cui abitate deve accogliere il bambino, anche durante l'anno scolastico.

                ## Trova la scuola della tua zona
                Chiedi all'ufficio del distretto o alla scuola primaria più vicina a quale scuola appartiene il tuo indirizzo. Puoi anche iscrivere tuo figlio in un'altra scuola, se ha posti liberi.

                ## Iscrivi tuo figlio presso il dirigente scolastico
                Vieni con tuo figlio e con i documenti: il certificato di nascita o il passaporto del bambino, il suo numero PESEL (se non lo ha, la scuola annota il numero del passaporto) e l'ultima pagella o un attestato della scuola all'estero. Il dirigente assegna il bambino a una classe in base ai documenti e a un colloquio e, se mancano i documenti, in base al solo colloquio.

                ## Chiedi un sostegno per imparare il polacco
                Un bambino che conosce poco il polacco ha diritto a lezioni aggiuntive gratuite di polacco, almeno 2 ore alla settimana, e a lezioni di recupero. La scuola può anche inserirlo in una classe preparatoria (oddział przygotowawczy): una classe più piccola in cui nei primi mesi impara il polacco e le altre materie al proprio ritmo. Chiedi al dirigente che cosa offre la scuola.
                """),
            ("nl", "Een kind inschrijven op school", """
                Elk kind in Polen, ook een buitenlands kind, heeft het recht en de plicht om tot zijn 18e onderwijs te volgen. Openbaar onderwijs is gratis. De basisschool van het schoolgebied waar jullie wonen moet het kind toelaten, ook tijdens het schooljaar.

                ## Zoek de school van je schoolgebied
                Vraag op het stadsdeelkantoor of op de dichtstbijzijnde basisschool bij welke school je adres hoort. Je kunt je kind ook inschrijven op een andere school als die plaats heeft.

                ## Schrijf je kind in bij de directeur van de school
                Kom met je kind en de documenten: de geboorteakte of het paspoort van het kind, zijn PESEL-nummer (heeft het er geen, dan noteert de school het paspoortnummer) en het laatste rapport of een verklaring van de school in het buitenland. De directeur plaatst het kind in een klas op basis van de documenten en een gesprek, en als er documenten ontbreken, alleen op basis van het gesprek.

                ## Vraag om hulp bij het leren van Pools
                Een kind dat weinig Pools kent, heeft recht op gratis extra lessen Pools, minstens 2 uur per week, en op bijlessen. De school kan het ook plaatsen in een voorbereidende klas (oddział przygotowawczy): een kleinere klas waarin het de eerste maanden Pools en andere vakken in zijn eigen tempo leert. Vraag de directeur wat de school aanbiedt.
                """))),
        (itemId, tenantId) =>
        [
            Step(itemId, tenantId, 1, "find-school", cost: 0m, place: DistrictOffice),
            Step(itemId, tenantId, 2, "enrol", after: "find-school", needs: "birth-certificate pesel", cost: 0m),
            Step(itemId, tenantId, 3, "polish-support", after: "enrol", cost: 0m),
        ]);
}
