package dev.tolk.validate;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers that translators write as words ("30 days" → "dertig dagen"), per language: the
 * stems of the small numbers and round tens that style guides spell out, and of the first
 * ordinals ("3rd party" → "Drittanbieter"). A stem matches the start of a word of the
 * translation, so inflected and compound forms count; in Chinese and Japanese, written without
 * spaces, and in Arabic and Hebrew, which join prefixes to words, it matches anywhere. Languages not listed here compare digits only.
 */
final class NumberWords {
    // before STEMS, which is built from it
    private static final String[] NUMBERS = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "20", "30",
            "60", "100", "1000"};

    private static final Map<String, Map<String, List<String>>> STEMS = Map.ofEntries(
            Map.entry("nl", table("een,één,eerst", "twee,tweede", "drie,derde", "vier", "vijf", "zes", "zeven", "acht",
                    "negen", "tien", "elf", "twaalf", "twintig", "dertig", "zestig", "honderd", "duizend")),
            Map.entry("de", table("ein,erst", "zwei,zweit", "drei,dritt", "vier", "fünf", "sechs", "sieben", "acht",
                    "neun", "zehn", "elf", "zwölf", "zwanzig", "dreißig", "sechzig", "hundert", "tausend")),
            Map.entry("fr", table("un,premi", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
                    "onze", "douze", "vingt", "trente", "soixante", "cent", "mille")),
            Map.entry("es", table("un,primer", "dos,segund", "tres,tercer", "cuatro", "cinco", "seis", "siete", "ocho",
                    "nueve", "diez", "once", "doce", "veinte", "treinta", "sesenta", "cien", "mil")),
            Map.entry("pt", table("um,uma,primeir", "dois,duas,segund", "três,terceir", "quatro", "cinco", "seis",
                    "sete", "oito", "nove", "dez", "onze", "doze", "vinte", "trinta", "sessenta", "cem,cento", "mil")),
            Map.entry("it", table("un,prim", "due,second", "tre,terz", "quattro", "cinque", "sei", "sette", "otto",
                    "nove", "dieci", "undici", "dodici", "venti", "trenta", "sessanta", "cento", "mille,mila")),
            Map.entry("sv", table("en,ett,först", "två,andra", "tre,tredje", "fyra", "fem", "sex", "sju", "åtta", "nio",
                    "tio", "elva", "tolv", "tjugo", "trettio", "sextio", "hundra", "tusen")),
            Map.entry("da", table("en,et,før", "to,anden", "tre,tredje", "fire", "fem", "seks", "syv", "otte", "ni",
                    "ti", "elleve", "tolv", "tyve", "tredive", "tres", "hundred", "tusind")),
            Map.entry("nb", table("en,ett,ei,før", "to,andre", "tre,tredje", "fire", "fem", "seks", "sju", "åtte", "ni",
                    "ti", "elleve", "tolv", "tjue", "tretti", "seksti", "hundre", "tusen")),
            Map.entry("fi", table("yksi,yhde,ensimm", "kaksi,kahde,toi", "kolm", "neljä,neljä", "viisi,viide", "kuusi,kuude",
                    "seitsemä", "kahdeksa", "yhdeksä", "kymmene,kymmen", "yksitoista", "kaksitoista", "kaksikymmen",
                    "kolmekymmen", "kuusikymmen", "sata,sada", "tuhat,tuhanne")),
            Map.entry("pl", table("jed,pierw", "dw,drug", "trz", "czter", "pięć,pięci", "sześć,sześci", "siedem,siedmi",
                    "osiem,ośmi", "dziewięć,dziewięci", "dziesięć,dziesięci", "jedenaś", "dwanaś", "dwadzieś",
                    "trzydzieś", "sześćdziesiąt", "sto,stu", "tysiąc,tysięc")),
            Map.entry("ru", table("од,перв", "два,две,двух,втор", "три,трех,трёх,трет", "четыр", "пят", "шест", "сем",
                    "восем", "девят", "десят", "одиннадцат", "двенадцат", "двадцат", "тридцат", "шестьдесят", "сто,сотн",
                    "тысяч")),
            Map.entry("cs", table("jeden,jedna,jedno,jednu,jednoho,prvn", "dva,dvě,dvou,dvěma,druh", "tři,tří,třet",
                    "čtyř,čtvrt", "pět,pát", "šest", "sedm", "osm", "devět,devát", "deset,desát", "jedenáct", "dvanáct",
                    "dvacet", "třicet", "šedesát", "sto,stovk", "tisíc")),
            Map.entry("uk", table("один,одна,одне,одного,перш", "два,дві,двох,друг", "три,трьох,трет", "чотир,четвер",
                    "п'ят,пʼят,п’ят", "шіст,шост", "сім,сем,сьом", "вісім,восьм", "дев'ят,девʼят,дев’ят", "десят",
                    "одинадцят", "дванадцят", "двадцят", "тридцят", "шістдесят", "сто,сотн", "тисяч")),
            Map.entry("el", table("ένα,μία,μια,ένας,πρώτ", "δύο,δεύτερ", "τρία,τρεις,τριών,τρίτ", "τέσσερ,τέταρτ", "πέντε,πέμπτ",
                    "έξι,έκτ", "επτά,εφτά,έβδομ", "οκτώ,οχτώ,όγδο", "εννέα,εννιά,ένατ", "δέκα,δέκατ", "έντεκα", "δώδεκα",
                    "είκοσι", "τριάντα", "εξήντα", "εκατό", "χίλι")),
            Map.entry("tr", table("bir,ilk", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz", "on",
                    "on bir", "on iki", "yirmi", "otuz", "altmış", "yüz", "bin")),
            Map.entry("zh", table("一,首", "二,两,兩", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "二十",
                    "三十", "六十", "百", "千")),
            Map.entry("ja", table("一,１,ひと", "二,ふた", "三,みっ", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
                    "二十", "三十", "六十", "百", "千")),
            Map.entry("ar", table("واحد,أول,اول", "اثن,إثن,ثاني,ثنائ", "ثلاث,ثالث", "أربع,اربع", "خمس", "ست", "سبع", "ثمان",
                    "تسع", "عشر", "أحد عشر", "اثنا عشر", "عشرين,عشرون", "ثلاثين,ثلاثون", "ستين,ستون", "مائة,مئة", "ألف,الف")),
            Map.entry("he", table("אחד,אחת,ראשו", "שני,שתי,שתיים,שניים", "שלוש,שלושה,שליש", "ארבע", "חמש", "שש,שישה",
                    "שבע", "שמונה", "תשע", "עשר", "אחד עשר", "שתים עשרה", "עשרים", "שלושים", "שישים", "מאה", "אלף")));

    private static final java.util.Set<String> ANYWHERE = java.util.Set.of("zh", "ja", "ar", "he");

    private NumberWords() {
    }

    private static Map<String, List<String>> table(String... stems) {
        Map<String, List<String>> out = new java.util.HashMap<>();
        for (int i = 0; i < NUMBERS.length; i++) out.put(NUMBERS[i], List.of(stems[i].split(",")));
        return Map.copyOf(out);
    }

    /** Whether {@code translation}, in {@code language}, writes {@code number} (ASCII digits) as a word. */
    static boolean spelledOut(String number, String language, String translation) {
        Map<String, List<String>> table = STEMS.get(language.toLowerCase(Locale.ROOT));
        if (table == null) return false;
        List<String> stems = table.get(number);
        if (stems == null) return false;
        String lower = translation.toLowerCase(Locale.forLanguageTag(language));
        // no spaces in Chinese and Japanese; Arabic and Hebrew join prefixes (ال, ו) to the word
        boolean anywhere = ANYWHERE.contains(language.toLowerCase(Locale.ROOT));
        for (String stem : stems) {
            int at = lower.indexOf(stem);
            while (at >= 0) {
                if (anywhere || at == 0 || !Character.isLetter(lower.codePointBefore(at))) return true;
                at = lower.indexOf(stem, at + 1);
            }
        }
        return false;
    }
}
