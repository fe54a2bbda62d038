namespace Pathway.Portal.Bench;

/// <summary>Words of the portal's own guides, so that the corpus has real words and inflections among its made-up ones.</summary>
internal static class RealWords
{
    public static readonly string[] Polish =
        """
        numer pesel cudzoziemiec otrzymuje zameldowaniu pobyt dłuższy niż dni wniosek przepis pracy podatków paszport dokument podróży
        wypełnij nadanie urzędzie gminy bezpłatnie zezwolenie pobytu czasowy karta karty kartę kartą pobycie urząd urzędu wojewódzki
        wojewody decyzja decyzji odwołanie termin terminy opłata skarbowa zdjęcie ubezpieczenie zdrowotne szkoła dziecka rodzina
        łączenie rodzin praca pracodawca umowa mieszkanie meldunek wizyta kolejka rezerwacja formularz załącznik tłumaczenie przysięgłe
        """.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries);

    public static readonly string[] English =
        """
        number pesel foreigner gets registering address stay more than days application law requires work taxes passport travel
        document fill municipal office free charge temporary residence permit card decision appeal deadline fee stamp duty photo health
        insurance school child family reunification employer contract flat registration appointment queue booking form attachment
        sworn translation residents register
        """.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries);

    public static readonly string[] Ukrainian =
        """
        номер іноземець отримує реєстрації місця проживання строк понад днів заявою закон роботи податків паспорт проїзний документ
        заповніть заяву присвоєння управлінні гміни безкоштовно дозвіл тимчасове проживання карта карту побиту рішення оскарження
        термін збір фото медичне страхування школа дитини родина возз'єднання роботодавець договір житло запис черга бронювання
        форма додаток переклад присяжний
        """.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
}
