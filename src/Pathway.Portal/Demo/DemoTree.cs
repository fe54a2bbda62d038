using Pathway.Portal.Content;
using Pathway.Portal.DecisionTrees;

namespace Pathway.Portal.Demo;

/// <summary>The demo tenant's "Which permit fits me?": two questions ending in the residence card procedure with the application type that fits.</summary>
internal static class DemoTree
{
    public static readonly DemoContent.Item Item = new(ContentKind.DecisionTree, "which-permit", new Dictionary<string, DemoContent.Text>(StringComparer.Ordinal)
    {
        ["pl"] = new("Jakie zezwolenie jest dla mnie?", """
            Odpowiedz na kilka pytań, a pokażemy procedurę, która może do ciebie pasować, i jak długo urząd rozpatrywał takie wnioski w ostatnim roku.

            ## Dlaczego chcesz zostać w Polsce dłużej niż 3 miesiące?
            - Chcę tu pracować
            - Chcę być z rodziną, która tu mieszka
            - Chcę tu studiować
            - Mieszkam tu legalnie od co najmniej 5 lat

            ## Czy masz dyplom studiów wyższych i ofertę dobrze płatnej pracy?
            Dobrze płatna praca to taka z pensją co najmniej półtora raza wyższą od przeciętnej.

            - Tak
            - Nie
            """),
        ["en"] = new("Which permit fits me?", """
            Answer a few questions, and we show the procedure that may fit you and how long the office took on such applications over the last year.

            ## Why do you want to stay in Poland longer than 3 months?
            - I want to work here
            - I want to be with my family who live here
            - I want to study here
            - I have lived here legally for at least 5 years

            ## Do you have a university degree and an offer of well-paid work?
            Well-paid work pays at least one and a half times the average salary.

            - Yes
            - No
            """),
        ["uk"] = new("Який дозвіл мені підходить?", """
            Дайте відповідь на кілька запитань, і ми покажемо процедуру, яка може вам підійти, та скільки часу управління розглядало такі заяви за останній рік.

            ## Чому ви хочете залишитися в Польщі довше ніж 3 місяці?
            - Я хочу тут працювати
            - Я хочу бути з родиною, яка тут живе
            - Я хочу тут навчатися
            - Я живу тут легально щонайменше 5 років

            ## Чи маєте ви диплом про вищу освіту та пропозицію добре оплачуваної роботи?
            Добре оплачувана робота — це зарплата щонайменше в півтора раза вища за середню.

            - Так
            - Ні
            """),
    });

    public static IReadOnlyList<TreeAnswer> Answers(Guid itemId, Guid tenantId)
    {
        TreeAnswer Answer(int question, int answer, string key, string? leadsTo = null, string? type = null) => new()
        {
            ItemId = itemId, TenantId = tenantId, Question = question, Answer = answer, QuestionKey = key, LeadsTo = leadsTo,
            Procedure = leadsTo is null ? "residence-card-application" : null, ApplicationType = type,
        };

        return
        [
            Answer(1, 1, "purpose", leadsTo: "qualified"),
            Answer(1, 2, "purpose", type: "family"),
            Answer(1, 3, "purpose", type: "studies"),
            Answer(1, 4, "purpose", type: "permanent"),
            Answer(2, 1, "qualified", type: "blue-card"),
            Answer(2, 2, "qualified", type: "temporary-work"),
        ];
    }
}
