using Pathway.Portal.Content;

namespace Pathway.Portal.Demo;

/// <summary>The demo tenant's questions and answers: what migrants ask the office most, the first things the assistant answers from.</summary>
internal static class DemoQuestions
{
    private static Dictionary<string, DemoContent.Text> Texts(string pl, string plBody, string en, string enBody, string uk, string ukBody) =>
        new(StringComparer.Ordinal) { ["pl"] = new(pl, plBody), ["en"] = new(en, enBody), ["uk"] = new(uk, ukBody) };

    public static readonly IReadOnlyList<DemoContent.Item> All =
    [
        new(ContentKind.Question, "how-long-does-a-decision-take", Texts(
            "Jak długo czeka się na decyzję w sprawie pobytu?",
            "Ustawa daje urzędowi **60 dni** od dnia, w którym wniosek jest kompletny: złożony, opłacony i uzupełniony o brakujące dokumenty, po stawiennictwie osobistym. W praktyce sprawy trwają dłużej; rzeczywiste czasy dla każdego rodzaju wniosku pokazuje strona „Które zezwolenie do mnie pasuje?”.",
            "How long does a decision on residence take?",
            "The law gives the office **60 days** from the day the application is complete: filed, paid for and with every missing document added, after your personal appearance. In practice cases take longer; the page \"Which permit fits me?\" shows the real times for each type of application.",
            "Скільки чекати на рішення щодо перебування?",
            "Закон дає управлінню **60 днів** від дня, коли заява повна: подана, оплачена й доповнена відсутніми документами, після особистої явки. На практиці справи тривають довше; реальний час для кожного виду заяви показує сторінка «Який дозвіл мені підходить?».")),
        new(ContentKind.Question, "stay-while-waiting", Texts(
            "Czy mogę zostać w Polsce, czekając na decyzję?",
            "Tak, jeśli złożyłeś wniosek o zezwolenie na pobyt czasowy w czasie legalnego pobytu i wniosek nie ma braków formalnych. Wojewoda umieszcza wtedy **stempel w paszporcie**: twój pobyt jest legalny do dnia, w którym decyzja stanie się ostateczna. Stempel nie uprawnia do podróży po innych krajach strefy Schengen.",
            "Can I stay in Poland while I wait for the decision?",
            "Yes, if you filed the application for a temporary residence permit while your stay was legal and the application has no formal defects. The voivode then puts a **stamp in your passport**: your stay is legal until the day the decision becomes final. The stamp does not allow you to travel to other Schengen countries.",
            "Чи можу я залишатися в Польщі, поки чекаю на рішення?",
            "Так, якщо ви подали заяву на дозвіл на тимчасове проживання під час легального перебування і заява не має формальних недоліків. Тоді воєвода ставить **штамп у паспорт**: ваше перебування легальне до дня, коли рішення стане остаточним. Штамп не дає права подорожувати іншими країнами Шенгенської зони.")),
        new(ContentKind.Question, "lost-residence-card", Texts(
            "Co zrobić, gdy zgubię kartę pobytu?",
            "Zgłoś utratę karty pobytu wojewodzie niezwłocznie, a jeśli karta została skradziona, zgłoś kradzież także na policji. Potem złóż wniosek o wymianę karty w urzędzie wojewódzkim. Opłata za wydanie nowej karty wynosi 100 zł.",
            "What do I do if I lose my residence card?",
            "Report the loss of your residence card to the voivode without delay; if it was stolen, report the theft to the police as well. Then apply for a replacement card at the voivodeship office. The new card costs PLN 100.",
            "Що робити, якщо я загубив карту побиту?",
            "Негайно повідомте воєводу про втрату карти побиту, а якщо карту вкрали, повідомте про крадіжку також поліцію. Потім подайте заяву на заміну карти у воєводському управлінні. Видача нової карти коштує 100 злотих.")),
    ];
}
