using System.Collections.Frozen;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fa;
using Lucene.Net.Analysis.It;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Ru;
using Pathway.Portal.Search;

namespace Pathway.Portal.Assistant;

/// <summary>
/// The words of a question that say nothing about its subject ("how", "do", "I", "jak", "можна"),
/// per reading language, folded as the search folds words. They are left out before the question's
/// words are weighed: on a small portal a function word no guide happens to use would otherwise
/// count as the rarest, most telling word of all. Lucene's curated (Snowball) lists serve the
/// languages it has; Polish, Ukrainian, Urdu and Chinese, and the question words every list lacks,
/// are listed here.
/// </summary>
public static class StopWords
{
    private static readonly FrozenDictionary<string, FrozenSet<string>> ByLanguage = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal)
    {
        ["en"] = Folded(EnglishAnalyzer.DefaultStopSet, """
            i me my mine we our us you your he him his she her its they them their what which who whom whose when where why how do does did doing done
            can could may might must shall should would have has had having am been being much many any some all about from up out over again more most
            other only own same so than too very just also get got want please tell know there here
            """),
        ["de"] = Folded(GermanAnalyzer.DefaultStopSet, "wie was wo wann warum wer welche welcher welches kann muss brauche bekomme bitte"),
        ["es"] = Folded(SpanishAnalyzer.DefaultStopSet, "cómo qué dónde cuándo por quién cuál puedo debo necesito conseguir obtener"),
        ["it"] = Folded(ItalianAnalyzer.DefaultStopSet, "come cosa dove quando perché chi quale posso devo ottenere"),
        ["nl"] = Folded(DutchAnalyzer.DefaultStopSet, "hoe wat waar wanneer waarom wie welke kan moet krijgen"),
        ["ru"] = Folded(RussianAnalyzer.DefaultStopSet, "как что где когда почему кто какой какая какие сколько могу можно нужно надо мне мой моя моё мои получить сделать это такое такой такая"),
        ["ar"] = Folded(ArabicAnalyzer.DefaultStopSet, "كيف ماذا ما أين متى لماذا من هل كم أستطيع يمكنني يجب أريد احتاج أحتاج على"),
        // Dari is written as Persian; Lucene's Persian list serves it.
        ["prs"] = Folded(PersianAnalyzer.DefaultStopSet, "چطور چگونه چه کجا کی چرا کدام آیا چقدر میتوانم می‌توانم باید میخواهم من"),
        ["pl"] = Folded([], """
            a aby albo ale bez by być był była było będzie chcę co czego czy czym dla do dostać gdy gdzie i ich ile iż ja jak jaka jaki jakie jakiej jakim
            jest jestem jeśli jeżeli już kiedy kto która które który lub ma mam mi mnie mną mogę może można mój moja moje mojego mojej moim muszę na
            należy nie o od oraz po pod proszę przez przy robić się są ta tak te ten to trzeba tu w we więc z za załatwić ze zdobyć zrobić że
            """),
        ["uk"] = Folded([], """
            а або але без би бо був була було буде в від вона вони воно він де для до же з за зі зробити і із й коли котрий куди лише ласка мати мене
            мені мій мого моє моєї мої моя мною може можна можу мушу на над не ні о об отримати по потрібно при про скільки свій своє свою та так також таке такий така
            те треба тут у хочу хто це цей ці ця чи чого чому що як яка яке які який якщо я є
            """),
        ["ur"] = Folded([], """
            اپنا اپنی اس ان اور ایک بھی تک تو تھا تھی جب جو چاہیے ساتھ سکتا سکتی سے کا کب کتنا کتنی کتنے کر کرنا کسی کو کون کی کیا کیسے کیوں
            کے کہاں گا گی لیے لئے مجھے میرا میری میرے میں نہیں نے وہ ہم ہو ہوں ہے ہیں یا یہ آپ پر
            """),
        // A Chinese question is cut into pairs of characters; a pair with one of these is not a subject.
        ["zh-Hans"] = Folded([], "的 我 你 他 她 它 们 是 吗 呢 了 么 什 怎 如 何 哪 里 在 有 要 可 以 能 需 这 那 个 和 与 或 吧 啊 把 被 给 去 到 多 少 问 该 得 会 就 也 都 还 想"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether a folded word of a question in <paramref name="language"/> says nothing about its subject.</summary>
    public static bool Contains(string language, string foldedWord) =>
        ByLanguage.TryGetValue(language, out var words) && words.Contains(foldedWord);

    private static FrozenSet<string> Folded(IEnumerable<string> curated, string added) =>
        curated.Concat(added.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
            .Select(w => SearchFolding.Word(w))
            .Where(w => w.Length > 0)
            .ToFrozenSet(StringComparer.Ordinal);
}
