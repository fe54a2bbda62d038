namespace Pathway.Portal.Demo;

/// <summary>
/// What demo readers write: a short comment with a page's feedback, a remark at the end of the survey,
/// each in the reader's language. Languages without words here leave none, as most readers do.
/// </summary>
internal static class DemoReaderWords
{
    private static readonly Dictionary<string, (string[] Helpful, string[] NotHelpful, string[] Remarks)> ByLanguage = new(StringComparer.Ordinal)
    {
        ["pl"] = (
            ["Wszystko jasne, dziękuję.", "Dobrze, że jest lista dokumentów.", "Przydatne, znalazłem to, czego szukałem."],
            ["Nie wiem, ile trzeba czekać na decyzję.", "Za dużo tekstu, brakuje krótkiego podsumowania.", "Link do formularza nie działa na telefonie."],
            ["Pani w okienku była bardzo miła.", "Długo czekałem w kolejce mimo rezerwacji.", "Proszę o więcej terminów rano."]),
        ["en"] = (
            ["Clear and simple, thank you.", "The list of documents helped a lot.", "Exactly what I needed."],
            ["It does not say how long the decision takes.", "Too long, I could not find the fee.", "Please explain what to bring for a child."],
            ["The officer explained everything patiently.", "Hard to find the right entrance.", "More appointments online, please."]),
        ["uk"] = (
            ["Дякую, все зрозуміло.", "Корисно, особливо список документів.", "Нарешті знайшла відповідь українською."],
            ["Не зрозуміло, скільки чекати на рішення.", "Немає перекладу форми заяви.", "Посилання не відкривається на телефоні."],
            ["Дуже довга черга зранку.", "Працівниця допомогла заповнити заяву, дякую.", "Потрібно більше вільних термінів онлайн."]),
        ["ru"] = (
            ["Спасибо, всё понятно.", "Хорошо, что есть список документов.", "Полезная страница."],
            ["Не написано, сколько ждать решения.", "Слишком сложно, нужен пример.", "Не нашёл, где оплатить сбор."],
            ["Сотрудники были вежливы.", "Трудно записаться на приём онлайн.", "Хотелось бы больше информации на русском."]),
        ["ar"] = (
            ["شكراً، المعلومات واضحة.", "قائمة الوثائق مفيدة جداً."],
            ["لم أفهم كم من الوقت يستغرق القرار.", "أحتاج إلى مزيد من الشرح بالعربية."],
            ["الموظف كان متعاوناً.", "الانتظار كان طويلاً."]),
        ["es"] = (
            ["Muy claro, gracias.", "La lista de documentos me ayudó mucho."],
            ["No dice cuánto tarda la decisión.", "Falta información para familias."],
            ["Me atendieron muy bien.", "Hacen falta más citas por internet."]),
    };

    /// <summary>A comment on a page the reader found helpful or not; null when none is written in the language.</summary>
    public static string? Comment(string language, bool helpful, Random random) =>
        ByLanguage.TryGetValue(language, out var words) ? Pick(helpful ? words.Helpful : words.NotHelpful, random) : null;

    /// <summary>A remark for the survey's last question; null when none is written in the language.</summary>
    public static string? Remark(string language, Random random) =>
        ByLanguage.TryGetValue(language, out var words) ? Pick(words.Remarks, random) : null;

    private static string Pick(string[] words, Random random) => words[random.Next(words.Length)];
}
