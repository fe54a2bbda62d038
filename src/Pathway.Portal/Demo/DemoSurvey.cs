using Pathway.Portal.Content;
using Pathway.Portal.Surveys;

namespace Pathway.Portal.Demo;

/// <summary>The demo tenant's survey: four short questions about a visit to the office, one of each kind.</summary>
internal static class DemoSurvey
{
    public const string Slug = "how-was-your-visit";

    public static readonly DemoContent.Item Item = new(ContentKind.Survey, Slug, DemoContent.Texts(
        ("pl", "Jak oceniasz wizytę w urzędzie?", """
            Cztery krótkie pytania o twoją ostatnią wizytę w Wydziale Spraw Cudzoziemców. Odpowiedzi są anonimowe: pomagają nam zmienić to, co nie działa.

            ## Jak załatwiłeś sprawę?
            - Na wizytę umówioną przez internet
            - W kolejce bez rezerwacji
            - Przez pełnomocnika

            ## Jak łatwo było znaleźć potrzebne informacje?
            1 to bardzo trudno, 5 to bardzo łatwo.

            ## Co pomogłoby ci najbardziej?
            - Informacje w moim języku
            - Krótsze kolejki
            - Więcej terminów przez internet
            - Pomoc w wypełnieniu wniosku

            ## Co jeszcze chcesz nam powiedzieć?
            """),
        ("en", "How was your visit to the office?", """
            Four short questions about your last visit to the Department for Foreigners. The answers are anonymous: they help us change what does not work.

            ## How did you deal with your matter?
            - At an appointment booked online
            - In the queue without a booking
            - Through a representative

            ## How easy was it to find the information you needed?
            1 is very hard, 5 is very easy.

            ## What would help you most?
            - Information in my language
            - Shorter queues
            - More appointments online
            - Help with filling in the application

            ## Is there anything else you want to tell us?
            """),
        ("uk", "Як ви оцінюєте візит до управління?", """
            Чотири короткі запитання про ваш останній візит до Відділу у справах іноземців. Відповіді анонімні: вони допомагають нам змінити те, що не працює.

            ## Як ви вирішили свою справу?
            - На візиті, записаному через інтернет
            - У черзі без запису
            - Через представника

            ## Наскільки легко було знайти потрібну інформацію?
            1 — дуже важко, 5 — дуже легко.

            ## Що допомогло б вам найбільше?
            - Інформація моєю мовою
            - Коротші черги
            - Більше записів через інтернет
            - Допомога із заповненням заяви

            ## Що ще ви хочете нам сказати?
            """)));

    public static IReadOnlyList<SurveyQuestion> Questions(Guid itemId, Guid tenantId)
    {
        SurveyQuestion Question(int number, string key, SurveyQuestionKind kind, bool required) =>
            new() { ItemId = itemId, TenantId = tenantId, Number = number, Key = key, Kind = kind, Required = required };

        return
        [
            Question(1, "channel", SurveyQuestionKind.OneChoice, required: true),
            Question(2, "ease", SurveyQuestionKind.Scale, required: true),
            Question(3, "would-help", SurveyQuestionKind.ManyChoices, required: false),
            Question(4, "anything-else", SurveyQuestionKind.Text, required: false),
        ];
    }
}
