namespace Pathway.Platform.Demo;

/// <summary>
/// Synthetic name stock per citizenship: native script and the Latin form a passport of that
/// country prints (Ukrainian and Belarusian national romanisations, not Polish phonetics).
/// Entries are "native|latin"; an entry without "|" is the same in both. Shared by the modules'
/// demo data, so the registry's persons and the office's applicants come from one population.
/// </summary>
public sealed record DemoNames(
    string Citizenship,
    int Weight,
    string? Script,
    string[] MaleGiven,
    string[] FemaleGiven,
    string[] MaleSurnames,
    string[] FemaleSurnames,
    string[] Cities,
    string PassportPattern)
{
    private static string[] L(string entries) => entries.Split(';', StringSplitOptions.TrimEntries);

    // Weights follow the mix of residence applications in a Polish voivodeship office.
    public static readonly IReadOnlyList<DemoNames> All =
    [
        new("UKR", 440, "Cyrl",
            L("Олександр|Oleksandr;Андрій|Andrii;Іван|Ivan;Дмитро|Dmytro;Сергій|Serhii;Микола|Mykola;Юрій|Yurii;Василь|Vasyl;Богдан|Bohdan;Максим|Maksym;Віталій|Vitalii;Олег|Oleh"),
            L("Олена|Olena;Наталія|Nataliia;Ірина|Iryna;Оксана|Oksana;Юлія|Yuliia;Тетяна|Tetiana;Марія|Mariia;Анна|Anna;Світлана|Svitlana;Галина|Halyna;Людмила|Liudmyla;Вікторія|Viktoriia"),
            [.. L("Шевченко|Shevchenko;Коваленко|Kovalenko;Бондаренко|Bondarenko;Ткаченко|Tkachenko;Кравченко|Kravchenko;Олійник|Oliinyk;Мельник|Melnyk;Коваль|Koval;Поліщук|Polishchuk;Бойко|Boiko;Савченко|Savchenko;Руденко|Rudenko;Лисенко|Lysenko;Марченко|Marchenko;Петренко|Petrenko;Гончаренко|Honcharenko;Ковальчук|Kovalchuk;Кузьменко|Kuzmenko;Гриценко|Hrytsenko;Юрченко|Yurchenko"),
                .. Compose(
                    "Бондар|Bondar;Ткач|Tkach;Кравч|Kravch;Петр|Petr;Гриц|Hryts;Савч|Savch;Руд|Rud;Лис|Lys;Марч|March;Юрч|Yurch;Павл|Pavl;Литв|Lytv;Дем|Dem;Сид|Syd;Мороз|Moroz;Возн|Vozn;Грищ|Hryshch;Остап|Ostap;Тарас|Taras;Клим|Klym;Степан|Stepan;Ярем|Yarem;Федор|Fedor;Гаврил|Havryl;Кирил|Kyryl;Панас|Panas;Семен|Semen;Тимош|Tymosh;Харч|Kharch;Шапош|Shaposh",
                    "енко|enko;ук|uk;чук|chuk;ишин|yshyn;ович|ovych;ко|ko;ів|iv;юк|iuk")],
            [],
            L("Kyiv;Lviv;Kharkiv;Odesa;Dnipro;Zaporizhzhia;Vinnytsia;Rivne;Lutsk;Ternopil;Ivano-Frankivsk;Chernihiv"),
            "LL######"),
        new("BLR", 120, "Cyrl",
            L("Аляксандр|Aliaksandr;Сяргей|Siarhei;Дзмітрый|Dzmitry;Андрэй|Andrei;Павел|Pavel;Уладзімір|Uladzimir;Мікалай|Mikalai;Яўген|Yauhen;Віктар|Viktar;Ігар|Ihar;Юрый|Yury;Алег|Aleh;Максім|Maksim;Раман|Raman"),
            L("Вольга|Volha;Наталля|Natallia;Таццяна|Tatsiana;Алена|Alena;Кацярына|Katsiaryna;Ганна|Hanna;Юлія|Yuliya;Святлана|Sviatlana;Ірына|Iryna;Марына|Maryna;Людміла|Liudmila;Вольга|Volha;Дар'я|Daria;Аксана|Aksana"),
            [.. Compose("Іван|Ivan;Кавал|Kaval;Нові|Novi;Казл|Kazl;Петр|Petr;Сідар|Sidar;Лебядз|Liabiadz;Мароз|Maroz;Ляўкоў|Liaukou;Зайц|Zaits;Гарбач|Harbach;Кулік|Kulik;Шыл|Shyl;Бялоў|Bialou", "оў|ou;іч|ich;ка|ka;енка|enka;скі|ski")],
            [.. Compose("Іван|Ivan;Кавал|Kaval;Нові|Novi;Казл|Kazl;Петр|Petr;Сідар|Sidar;Лебядз|Liabiadz;Мароз|Maroz;Ляўкоў|Liaukou;Зайц|Zaits;Гарбач|Harbach;Кулік|Kulik;Шыл|Shyl;Бялоў|Bialou", "ова|ova;іч|ich;ка|ka;енка|enka;ская|skaia")],
            L("Minsk;Brest;Grodno;Gomel;Vitebsk;Mogilev;Pinsk;Baranovichi;Bobruisk;Lida"),
            "MP#######"),
        new("GEO", 60, "Geor",
            L("გიორგი|Giorgi;დავით|Davit;ლევან|Levan;ნიკა|Nika;ირაკლი|Irakli;ლუკა|Luka;ალექსანდრე|Aleksandre;ზურაბ|Zurab;გოგა|Goga;თორნიკე|Tornike;ლაშა|Lasha;ბექა|Beka"),
            L("ნინო|Nino;მარიამ|Mariam;თამარ|Tamar;ანა|Ana;ეკა|Eka;სალომე|Salome;ნათია|Natia;ქეთევან|Ketevan;მაკა|Maka;ნანა|Nana;ლიკა|Lika;სოფო|Sopo"),
            [.. Compose("ბერი|Beri;კაპანა|Kapana;გელა|Gela;მაისურა|Maisura;ლომი|Lomi;ჯავახი|Javakhi;აბაში|Abashi;ხარაბა|Kharaba;ნადირა|Nadira;კვარაცხელ|Kvaratskhel;გოგიჩა|Gogicha;ჩიქოვა|Chikova;წერეთ|Tsereti;ბაქრა|Bakra;მამარდა|Mamarda;ღლონტი|Ghlonti", "ძე|dze;შვილი|shvili;ია|ia;ავა|ava")],
            [],
            L("Tbilisi;Kutaisi;Batumi;Rustavi;Zugdidi;Gori;Poti;Telavi;Samtredia"),
            "##LL#####"),
        new("IND", 50, "Deva",
            L("राहुल|Rahul;अमित|Amit;विकास|Vikas;सुनील|Sunil;अर्जुन|Arjun;राजेश|Rajesh;संजय|Sanjay;दीपक|Deepak;मनोज|Manoj;अनिल|Anil;रवि|Ravi;विजय|Vijay;अजय|Ajay;रोहित|Rohit;करण|Karan;गुरप्रीत|Gurpreet;हरप्रीत|Harpreet;मनदीप|Mandeep"),
            L("प्रिया|Priya;अंजलि|Anjali;पूजा|Pooja;नेहा|Neha;कविता|Kavita;सुनीता|Sunita;रेखा|Rekha;मीना|Meena;दिव्या|Divya;श्रेया|Shreya;निशा|Nisha;जसप्रीत|Jaspreet;सिमरन|Simran;आरती|Aarti"),
            L("शर्मा|Sharma;सिंह|Singh;कुमार|Kumar;पटेल|Patel;गुप्ता|Gupta;वर्मा|Verma;यादव|Yadav;मिश्रा|Mishra;जोशी|Joshi;रेड्डी|Reddy;नायर|Nair;मेहता|Mehta;चौहान|Chauhan;राव|Rao;दास|Das;गिल|Gill;सिद्धू|Sidhu;ढिल्लों|Dhillon;संधू|Sandhu;बराड़|Brar;कौर|Kaur;त्रिपाठी|Tripathi;पांडे|Pandey;अग्रवाल|Agarwal;भट्ट|Bhatt"),
            [],
            L("Delhi;Mumbai;Chandigarh;Amritsar;Jaipur;Ahmedabad;Hyderabad;Ludhiana;Jalandhar;Pune;Kolkata;Lucknow"),
            "L#######"),
        new("PHL", 40, null,
            L("Jose;Mark;John Paul;Rodel;Jerome;Christian;Mark Anthony;Ryan;Michael;Joseph;Jayson;Noel;Ronald;Arnel"),
            L("Maria;Kristine;Jennifer;Mary Joy;Angelica;Rowena;Grace;Marites;Lovely;Rose;Jocelyn;Maricel;Rachelle;Lorna"),
            L("Santos;Reyes;Cruz;Bautista;Dela Cruz;Garcia;Mendoza;Villanueva;Ramos;Aquino;Castillo;Flores;Gonzales;Torres;Rivera;Navarro;Mercado;Domingo;Fernandez;Lopez;Del Rosario;Pascual;Manalo;Salazar;Soriano;Tolentino"),
            [],
            L("Manila;Quezon City;Cebu City;Davao City;Iloilo City;Baguio;Bacolod;Makati"),
            "P#######L"),
        new("COL", 30, null,
            L("Juan Carlos|Juan Carlos;Andrés|Andres;Luis Fernando|Luis Fernando;Santiago;Sebastián|Sebastian;Carlos;Diego;Alejandro;Jorge;Camilo;Felipe;Julián|Julian"),
            L("María José|Maria Jose;Daniela;Valentina;Luisa Fernanda;Ángela|Angela;Carolina;Paola;Natalia;Diana;Laura;Juliana;Catalina"),
            [.. from first in L("Rodríguez|Rodriguez;Gómez|Gomez;Martínez|Martinez;López|Lopez;García|Garcia;Pérez|Perez;Hernández|Hernandez;Díaz|Diaz;Ramírez|Ramirez;Torres;Sánchez|Sanchez;Moreno;Jiménez|Jimenez;Castro;Vargas")
                from second in L("Rodríguez|Rodriguez;Gómez|Gomez;Martínez|Martinez;López|Lopez;García|Garcia;Pérez|Perez;Hernández|Hernandez;Díaz|Diaz;Ramírez|Ramirez;Torres;Sánchez|Sanchez;Moreno;Jiménez|Jimenez;Castro;Vargas")
                where first != second
                let a = Split(first) let b = Split(second)
                select $"{a.Native} {b.Native}|{a.Latin} {b.Latin}"],
            [],
            L("Bogotá|Bogota;Medellín|Medellin;Cali;Barranquilla;Cartagena;Bucaramanga;Pereira;Cúcuta|Cucuta"),
            "AV######"),
        new("UZB", 40, null,
            L("Jasur;Bekzod;Sardor;Otabek;Rustam;Sherzod;Akmal;Bobur;Dilshod;Farrukh;Jahongir;Ulugbek;Aziz;Timur"),
            L("Dilnoza;Gulnora;Malika;Nigora;Shahnoza;Madina;Zarina;Kamola;Feruza;Nilufar;Sevara;Dildora"),
            [.. Compose("Karim;Rakhim;Yusup;Abdullay;Tursun;Mirzay;Rashid;Nazar;Umar;Sobir;Olim;Ergash;Hamid;Qodir;Saidakhmad;Nurmat;Tashpulat;Ismoil;Khodja;Rustam", "ov")],
            [.. Compose("Karim;Rakhim;Yusup;Abdullay;Tursun;Mirzay;Rashid;Nazar;Umar;Sobir;Olim;Ergash;Hamid;Qodir;Saidakhmad;Nurmat;Tashpulat;Ismoil;Khodja;Rustam", "ova")],
            L("Tashkent;Samarkand;Bukhara;Namangan;Andijan;Fergana;Nukus;Karshi;Jizzakh"),
            "FA#######"),
        new("TUR", 40, null,
            L("Mehmet;Mustafa;Ahmet;Emre;Burak;Murat;Ali;Hüseyin|Huseyin;Hasan;İbrahim|Ibrahim;Yusuf;Ömer|Omer;Can;Kemal;Serkan;Oğuz|Oguz"),
            L("Ayşe|Ayse;Fatma;Elif;Zeynep;Emine;Büşra|Busra;Hatice;Merve;Esra;Özlem|Ozlem;Derya;Sibel;Gamze;Tuğba|Tugba"),
            L("Yılmaz|Yilmaz;Kaya;Demir;Şahin|Sahin;Çelik|Celik;Öztürk|Ozturk;Aydın|Aydin;Yıldız|Yildiz;Yıldırım|Yildirim;Özdemir|Ozdemir;Arslan;Doğan|Dogan;Kılıç|Kilic;Aslan;Çetin|Cetin;Kara;Koç|Koc;Kurt;Özkan|Ozkan;Şimşek|Simsek;Polat;Erdoğan|Erdogan;Güneş|Gunes;Aktaş|Aktas;Yalçın|Yalcin;Korkmaz;Çakır|Cakir;Bulut"),
            [],
            L("İstanbul|Istanbul;Ankara;İzmir|Izmir;Bursa;Antalya;Konya;Adana;Gaziantep;Trabzon;Kayseri"),
            "U########"),
        new("VNM", 30, null,
            [.. Words("Văn|Van;Minh;Đức|Duc;Quang;Thành|Thanh;Hữu|Huu;Công|Cong", "Hùng|Hung;Tuấn|Tuan;Anh;Huy;Long;Nam;Dũng|Dung;Hải|Hai;Sơn|Son;Phong;Khoa;Thắng|Thang")],
            [.. Words("Thị|Thi;Thu;Ngọc|Ngoc;Phương|Phuong;Thanh;Kim", "Lan;Hà|Ha;Anh;Hương|Huong;Linh;Trang;Mai;Hoa;Nga;Thảo|Thao;Vy;Yến|Yen")],
            L("Nguyễn|Nguyen;Trần|Tran;Lê|Le;Phạm|Pham;Hoàng|Hoang;Vũ|Vu;Võ|Vo;Đặng|Dang;Bùi|Bui;Đỗ|Do;Hồ|Ho;Ngô|Ngo;Dương|Duong;Lý|Ly"),
            [],
            L("Hà Nội|Ha Noi;Hải Phòng|Hai Phong;Đà Nẵng|Da Nang;Hồ Chí Minh|Ho Chi Minh;Nghệ An|Nghe An;Thái Bình|Thai Binh;Nam Định|Nam Dinh"),
            "C#######"),
        new("NPL", 30, "Deva",
            L("राम|Ram;सुरेश|Suresh;बिकास|Bikash;दिपक|Dipak;प्रकाश|Prakash;सन्तोष|Santosh;राजेन्द्र|Rajendra;हरि|Hari;कृष्ण|Krishna;बिनोद|Binod;सागर|Sagar;रमेश|Ramesh;गणेश|Ganesh;नबिन|Nabin"),
            L("सीता|Sita;गीता|Gita;सरिता|Sarita;अनिता|Anita;सबिना|Sabina;पूजा|Puja;कमला|Kamala;लक्ष्मी|Laxmi;सुनिता|Sunita;रीता|Rita;मनिषा|Manisha;सुष्मा|Sushma"),
            L("श्रेष्ठ|Shrestha;गुरुङ|Gurung;तामाङ|Tamang;थापा|Thapa;राई|Rai;मगर|Magar;अधिकारी|Adhikari;कार्की|Karki;भण्डारी|Bhandari;खड्का|Khadka;पौडेल|Poudel;बस्नेत|Basnet;शर्मा|Sharma;लिम्बु|Limbu;लामा|Lama;केसी|KC;घिमिरे|Ghimire;भट्टराई|Bhattarai;महर्जन|Maharjan;श्रेष्ठा|Shresta"),
            [],
            L("Kathmandu;Pokhara;Lalitpur;Biratnagar;Bharatpur;Butwal;Dharan;Hetauda"),
            "PA#######"),
        new("RUS", 30, "Cyrl",
            L("Александр|Aleksandr;Дмитрий|Dmitrii;Сергей|Sergei;Алексей|Aleksei;Андрей|Andrei;Максим|Maksim;Иван|Ivan;Михаил|Mikhail;Никита|Nikita;Евгений|Evgenii;Павел|Pavel;Роман|Roman"),
            L("Елена|Elena;Ольга|Olga;Анна|Anna;Татьяна|Tatiana;Наталья|Natalia;Мария|Mariia;Екатерина|Ekaterina;Ирина|Irina;Светлана|Svetlana;Юлия|Iuliia;Дарья|Daria;Ксения|Kseniia"),
            [.. Compose("Иван|Ivan;Смирн|Smirn;Кузнец|Kuznets;Поп|Pop;Сокол|Sokol;Лебед|Lebed;Козл|Kozl;Новик|Novik;Мороз|Moroz;Петр|Petr;Волк|Volk;Васильев|Vasilev;Зайц|Zaits;Павл|Pavl;Семён|Semen;Голуб|Golub;Виноградов|Vinogradov;Богданов|Bogdanov", "ов|ov;ин|in")],
            [.. Compose("Иван|Ivan;Смирн|Smirn;Кузнец|Kuznets;Поп|Pop;Сокол|Sokol;Лебед|Lebed;Козл|Kozl;Новик|Novik;Мороз|Moroz;Петр|Petr;Волк|Volk;Васильев|Vasilev;Зайц|Zaits;Павл|Pavl;Семён|Semen;Голуб|Golub;Виноградов|Vinogradov;Богданов|Bogdanov", "ова|ova;ина|ina")],
            L("Moskva;Sankt-Peterburg;Kaliningrad;Kazan;Novosibirsk;Ekaterinburg;Samara;Smolensk"),
            "#########"),
        new("CHN", 20, "Hans",
            [.. Compose("伟|Wei;磊|Lei;强|Qiang;军|Jun;洋|Yang;勇|Yong;杰|Jie;涛|Tao;明|Ming;超|Chao;刚|Gang;建|Jian;国|Guo;文|Wen;华|Hua", "|;平|ping;林|lin;东|dong;斌|bin;峰|feng")],
            [.. Compose("芳|Fang;静|Jing;秀|Xiu;丽|Li;敏|Min;娜|Na;艳|Yan;娟|Juan;霞|Xia;玉|Yu;兰|Lan;红|Hong;婷|Ting;雪|Xue;慧|Hui", "|;英|ying;梅|mei;华|hua;琳|lin;萍|ping")],
            L("王|Wang;李|Li;张|Zhang;刘|Liu;陈|Chen;杨|Yang;黄|Huang;赵|Zhao;吴|Wu;周|Zhou;徐|Xu;孙|Sun;马|Ma;朱|Zhu;胡|Hu;郭|Guo;何|He;林|Lin;高|Gao;罗|Luo"),
            [],
            L("Beijing;Shanghai;Guangzhou;Wuhan;Chengdu;Shenzhen;Hangzhou;Xi'an;Nanjing;Tianjin"),
            "E########"),
        new("SYR", 15, "Arab",
            L("محمد|Mohammad;أحمد|Ahmad;خالد|Khaled;عمر|Omar;يوسف|Yousef;علي|Ali;حسن|Hasan;مصطفى|Mustafa;إبراهيم|Ibrahim;محمود|Mahmoud;سامر|Samer;فادي|Fadi"),
            L("فاطمة|Fatima;مريم|Maryam;نور|Nour;لينا|Lina;سارة|Sara;رنا|Rana;هبة|Hiba;ريم|Reem;آية|Aya;دانة|Dana;ياسمين|Yasmin;سلمى|Salma"),
            L("الأحمد|Alahmad;الحسن|Alhassan;العلي|Alali;حداد|Haddad;الخطيب|Alkhatib;المصري|Almasri;الحلبي|Alhalabi;الشامي|Alshami;النجار|Alnajjar;الحمصي|Alhomsi;السيد|Alsayed;عثمان|Othman;قاسم|Qasem;درويش|Darwish;صالح|Saleh;حمدان|Hamdan"),
            [],
            L("Damascus;Aleppo;Homs;Latakia;Hama;Deir ez-Zor;Idlib;Daraa"),
            "N########"),
        new("AFG", 15, "Arab",
            L("احمد|Ahmad;محمود|Mahmood;علی|Ali;رحیم|Rahim;نجیب|Najib;عبدالله|Abdullah;حمید|Hamid;فرید|Farid;جاوید|Jawid;شفیق|Shafiq;کریم|Karim;ناصر|Naser"),
            L("زهرا|Zahra;مریم|Maryam;فرشته|Fereshta;شکیلا|Shakila;نرگس|Nargis;ملالی|Malalai;سحر|Sahar;لیلا|Laila;پروین|Parwin;رویا|Roya;فاطمه|Fatima"),
            L("احمدی|Ahmadi;رحیمی|Rahimi;حسینی|Hosseini;نوری|Noori;کریمی|Karimi;محمدی|Mohammadi;حیدری|Haidari;یوسفی|Yousufi;سلطانی|Sultani;عزیزی|Azizi;قادری|Qaderi;امیری|Amiri;صدیقی|Siddiqi;ستانکزی|Stanekzai;پوپل|Popal"),
            [],
            L("Kabul;Herat;Mazar-i-Sharif;Kandahar;Jalalabad;Kunduz;Ghazni;Bamyan"),
            "P########"),
        new("MDA", 20, null,
            L("Ion;Vasile;Andrei;Mihai;Alexandru;Sergiu;Nicolae;Dumitru;Victor;Vadim;Igor;Gheorghe"),
            L("Maria;Elena;Ana;Natalia;Cristina;Olga;Tatiana;Irina;Svetlana;Diana;Doina;Ludmila"),
            L("Rusu;Ceban;Ciobanu;Țurcanu|Turcanu;Lungu;Munteanu;Rotaru;Cojocaru;Cebotari;Popa;Moraru;Sârbu|Sarbu;Bivol;Guțu|Gutu;Roșca|Rosca;Melnic;Cazacu;Botnari;Pascari;Balan"),
            [],
            L("Chișinău|Chisinau;Bălți|Balti;Cahul;Orhei;Ungheni;Soroca;Comrat"),
            "AB#######"),
        new("KAZ", 20, "Cyrl",
            L("Нурлан|Nurlan;Ерлан|Yerlan;Асхат|Askhat;Данияр|Daniyar;Арман|Arman;Бауыржан|Bauyrzhan;Ержан|Yerzhan;Канат|Kanat;Марат|Marat;Нурсултан|Nursultan"),
            L("Айгерим|Aigerim;Динара|Dinara;Салтанат|Saltanat;Жанар|Zhanar;Асель|Assel;Гульнара|Gulnara;Мадина|Madina;Айжан|Aizhan;Камила|Kamila;Дана|Dana"),
            [.. Compose("Ахмет|Akhmet;Сулеймен|Suleimen;Нурлан|Nurlan;Оспан|Ospan;Жумабек|Zhumabek;Сейткали|Seitkali;Абдрахман|Abdrakhman;Искак|Iskak;Байжан|Baizhan;Тулеген|Tulegen;Касым|Kasym;Ермек|Yermek", "ов|ov;ұлы|uly")],
            [.. Compose("Ахмет|Akhmet;Сулеймен|Suleimen;Нурлан|Nurlan;Оспан|Ospan;Жумабек|Zhumabek;Сейткали|Seitkali;Абдрахман|Abdrakhman;Искак|Iskak;Байжан|Baizhan;Тулеген|Tulegen;Касым|Kasym;Ермек|Yermek", "ова|ova;қызы|kyzy")],
            L("Almaty;Astana;Shymkent;Karaganda;Aktobe;Pavlodar;Oskemen"),
            "N########"),
    ];

    private static readonly int TotalWeight = All.Sum(n => n.Weight);

    /// <summary>A citizenship drawn by the weights of an office's intake.</summary>
    public static DemoNames PickCountry(Random random)
    {
        var roll = random.Next(TotalWeight);
        foreach (var stock in All)
        {
            roll -= stock.Weight;
            if (roll < 0)
            {
                return stock;
            }
        }

        return All[0];
    }

    /// <summary>A whole name of this citizenship in the Latin form its passports print.</summary>
    public (string Surname, string Given) PickLatinName(Random random, bool female)
    {
        var given = female ? FemaleGiven : MaleGiven;
        var surnames = female && FemaleSurnames.Length > 0 ? FemaleSurnames : MaleSurnames;
        return (Split(surnames[random.Next(surnames.Length)]).Latin, Split(given[random.Next(given.Length)]).Latin);
    }

    /// <summary>Every first word with every second, as two words (Vietnamese middle and given names).</summary>
    private static string[] Words(string firsts, string seconds) =>
        [.. from first in L(firsts) from second in L(seconds) let a = Split(first) let b = Split(second) select $"{a.Native} {b.Native}|{a.Latin} {b.Latin}"];

    /// <summary>Every root with every suffix: enough distinct surnames that namesakes stay as rare as in life.</summary>
    private static string[] Compose(string roots, string suffixes) =>
        [.. from root in L(roots) from suffix in L(suffixes) let r = Split(root) let x = Split(suffix) select $"{r.Native}{x.Native}|{r.Latin}{x.Latin}"];

    public static (string Native, string Latin) Split(string entry)
    {
        var bar = entry.IndexOf('|', StringComparison.Ordinal);
        return bar < 0 ? (entry, entry) : (entry[..bar], entry[(bar + 1)..]);
    }
}
