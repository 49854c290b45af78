package dev.tolk.validate;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers that translators write as words ("30 days" → "dertig dagen"), per language: the
 * stems of the small numbers and round tens that style guides spell out, and of the first
 * ordinals ("3rd party" → "Drittanbieter"). A stem matches the start of a word of the
 * translation, so inflected and compound forms count (one marked {@code =} matches a whole word only, where it begins
 * everyday words: Turkish {@code on} "ten" and {@code onay}); in Chinese, Japanese and Thai, written without
 * spaces, and in Arabic and Hebrew, which join prefixes to words, it matches anywhere; in Korean and Vietnamese, whose
 * numerals are short and begin other words, only a whole word (a Korean one with its particle). Arabic and Hebrew
 * duals say two ({@code ساعتين}, {@code שעתיים}: two hours). Past the table, 13 to 99 are read in Vietnamese, Chinese and
 * Japanese, and in the languages of {@link #BEYOND}. Languages not listed here compare digits only.
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
            Map.entry("es", table("=un,=una,=uno,primer,primera", "dos,segund", "tres,tercer", "cuatro", "cinco", "seis", "siete", "ocho",
                    "nueve", "diez", "once", "doce", "veinte", "treinta", "sesenta", "cien", "mil")),
            Map.entry("pt", table("um,uma,primeir", "dois,duas,segund", "três,terceir", "quatro", "cinco", "seis",
                    "sete", "oito", "nove", "dez", "onze", "doze", "vinte", "trinta", "sessenta", "cem,cento", "mil")),
            Map.entry("it", table("=un,=una,=uno,primo,primi,prime,=prima", "due,second", "tre,terz", "quattro", "cinque", "=sei,sest", "sette",
                    "=otto,ottav",
                    "nove", "dieci", "undici", "dodici", "venti", "trenta", "sessanta", "cento", "mille,mila")),
            Map.entry("sv", table("en,ett,först", "två,andra", "tre,tredje", "fyra,fjärde", "fem", "sex", "sju", "åtta", "nio",
                    "tio", "elva", "tolv,tolfte", "tjugo", "trettio", "sextio", "hundra", "tusen")),
            Map.entry("da", table("en,et,ét,før", "to,anden", "tre,tredje", "fire", "fem", "seks", "syv", "otte", "ni",
                    "ti", "elleve", "tolv", "tyve", "tredive", "tres", "hundred", "tusind")),
            Map.entry("nb", table("en,ett,ei,før", "to,andre", "tre,tredje", "fire", "fem", "seks", "sju", "åtte", "ni",
                    "ti", "elleve", "tolv", "tjue", "tretti", "seksti", "hundre", "tusen")),
            Map.entry("fi", table("yksi,yhde,ensimm", "kaksi,kahde,toi", "kolm", "neljä,neljä", "viisi,viide", "kuusi,kuude",
                    "seitsemä", "kahdeksa", "yhdeksä", "kymmene,kymmen", "yksitoista", "kaksitoista", "kaksikymmen",
                    "kolmekymmen", "kuusikymmen", "sata,sada", "tuhat,tuhanne")),
            Map.entry("pl", table("jed,pierw", "dw,drug", "trzy,trzech,trzem,trzema,trzec", "czter", "pięć,pięci", "sześć,sześci", "siedem,siedmi",
                    "osiem,ośmi", "dziewięć,dziewięci", "dziesięć,dziesięci", "jedenaś", "dwanaś", "dwadzieś",
                    "trzydzieś", "sześćdziesiąt", "=sto,=stu,setk", "tysiąc,tysięc")),
            Map.entry("ru", table("од,перв", "два,две,двух,двум,втор", "три,трех,трёх,трем,трём,трет", "четыр", "пят", "шест", "сем",
                    "восем", "девят", "десят", "одиннадцат", "двенадцат", "двадцат", "тридцат", "шестьдесят", "сто,сотн",
                    "тысяч")),
            Map.entry("cs", table("jeden,jedna,jedno,jednu,jednoho,prvn", "dva,dvě,dvou,dvěma,druh", "tři,tří,třet",
                    "čtyř,čtvrt", "pět,pát", "šest", "sedm", "osm", "devět,devát", "deset,desát", "jedenáct", "dvanáct",
                    "dvacet", "třicet", "šedesát", "sto,stovk", "tisíc")),
            Map.entry("uk", table("один,одна,одне,одного,перш", "два,дві,двох,двома,дво,друг", "три,трьох,трет", "чотир,четвер",
                    "п'ят,пʼят,п’ят", "шіст,шост", "сім,сем,сьом", "вісім,восьм", "дев'ят,девʼят,дев’ят", "десят",
                    "одинадцят", "дванадцят", "двадцят", "тридцят", "шістдесят", "сто,сотн", "тисяч")),
            // Baltic and South Slavic languages, and Slovak: whole words where a stem begins everyday ones (du-, tri-, sto)
            Map.entry("lt", table("=vienas,=viena,=vieną,=vieno,pirm", "=du,=dvi,dviej,dviem,antr", "=trys,=trijų,=trims,=trimis,treč",
                    "ketur,ketvirt", "penk", "šeš", "septyn,septint", "aštuon,aštunt", "devyn,devint", "dešimt", "vienuolik",
                    "dvylik", "dvidešimt", "trisdešimt", "šešiasdešimt", "šimt", "tūkstant")),
            Map.entry("lv", table("=viens,=viena,=vienu,=viena,pirm", "=divi,=divas,=divām,=diviem,divsoļu,divpakāp,otr", "=trīs,treš",
                    "četr,ceturt", "piec,piekt", "seš,sest", "septiņ,septīt", "astoņ,astot", "deviņ,devīt", "desmit", "vienpadsmit",
                    "divpadsmit", "divdesmit", "trīsdesmit", "sešdesmit", "simt", "tūkstoš")),
            Map.entry("et", table("=üks,=ühe,=ühte,esimes", "=kaks,=kahte,kahe,teis", "kolm", "neli,nelja", "=viis,=viie,viies",
                    "=kuus,=kuue,kuues", "seitse,seitsme", "kaheksa", "üheksa", "kümme,kümne", "üksteist", "kaksteist", "kakskümmend",
                    "kolmkümmend", "kuuskümmend", "sada,saja", "tuhat,tuhande")),
            Map.entry("sk", table("jeden,jedna,jedno,jednu,jedného,prv", "=dva,=dve,dvoch,dvom,dvoma,dvomi,dvoj,druh",
                    "=tri,troch,tretí,tretie,tretej", "štyri,štyroch,štvrt", "päť,piat", "šesť,šiest", "sedem,siedm", "osem,ôsm",
                    "deväť,deviat", "desať,desiat", "jedenásť", "dvanásť", "dvadsať", "tridsať", "šesťdesiat", "=sto,stovk", "tisíc")),
            Map.entry("sl", table("=en,=ena,=eno,=enega,prv", "=dva,=dve,dveh,dvema,dvo,drug", "=tri,treh,tremi,tretj",
                    "štiri,štirih,četrt", "=pet,petih,pet", "šest", "sedem,sedm", "osem,osm", "devet", "deset", "enajst", "dvanajst",
                    "dvajset", "trideset", "šestdeset", "=sto,stotin", "tisoč")),
            Map.entry("hr", table("=jedan,=jedna,=jedno,=jednog,prv", "=dva,=dvije,=dvaju,dvo,drug", "=tri,treć", "četiri,četvrt",
                    "=pet,pet", "šest", "sedam,sedm", "osam,osm", "devet", "deset", "jedanaest", "dvanaest", "dvadeset", "trideset",
                    "šezdeset", "=sto,stotin", "tisuć")),
            Map.entry("sr", table("=jedan,=jedna,=jedno,=jednog,prv", "=dva,=dve,=dvaju,dvo,drug", "=tri,treć", "četiri,četvrt",
                    "=pet,pet", "šest", "sedam,sedm", "osam,osm", "devet", "deset", "jedanaest", "dvanaest", "dvadeset", "trideset",
                    "šezdeset", "=sto,stotin", "hiljad")),
            Map.entry("bg", table("един,една,едно,първ", "два,две,двама,двата,двете,втор,дву", "три,трима,трет", "четир,четвърт",
                    "пет,пета,пети", "шест", "седем,седм", "осем,осм", "девет", "десет", "единадесет", "дванадесет", "двадесет",
                    "тридесет", "шестдесет", "=сто,стотин", "хиляд")),
            Map.entry("el", table("ένα,μία,μια,ένας,πρώτ", "δύο,δεύτερ", "τρία,τρεις,τριών,τρίτ", "τέσσερ,τέταρτ", "πέντε,πέμπτ",
                    "έξι,έκτ", "επτά,εφτά,έβδομ", "οκτώ,οχτώ,όγδο", "εννέα,εννιά,ένατ", "δέκα,δέκατ", "έντεκα", "δώδεκα",
                    "είκοσι", "τριάντα", "εξήντα", "εκατό", "χίλι")),
            Map.entry("tr", table("=bir,birinci,=ilk", "iki", "üç", "dört,dördüncü", "beş", "=altı,altıncı", "yedi", "sekiz", "dokuz",
                    "=on,onuncu", "on bir", "on iki", "yirmi", "otuz", "altmış", "=yüz,yüzüncü", "=bin,bininci")),
            Map.entry("zh", table("一,首", "二,两,兩,双,雙", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "二十",
                    "三十", "六十", "百", "千")),
            Map.entry("ja", table("一,１,ひと", "二,ふた", "三,みっ", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
                    "二十", "三十", "六十", "百", "千")),
            // the dual says two by itself: ساعتين / שעתיים "2 hours", مرتين / פעמיים "twice"
            Map.entry("ar", table("واحد,أول,اول", "اثن,إثن,ثاني,ثنائ,ساعتين,ساعتان,يومين,يومان,أسبوعين,أسبوعان,اسبوعين,شهرين,شهران,"
                    + "سنتين,سنتان,عامين,عامان,دقيقتين,دقيقتان,ثانيتين,مرتين,مرتان,خطوتين,خطوتان,طريقتين,جهازين", "ثلاث,ثالث",
                    "أربع,اربع", "خمس", "ست", "سبع", "ثمان", "تسع", "عشر", "أحد عشر", "اثنا عشر", "عشرين,عشرون", "ثلاثين,ثلاثون",
                    "ستين,ستون", "مائة,مئة", "ألف,الف")),
            Map.entry("he", table("אחד,אחת,ראשו", "שני,שתי,שתיים,שניים,שעתיים,יומיים,שבועיים,חודשיים,שנתיים,פעמיים,דקותיים",
                    "שלוש,שלושה,שליש", "ארבע", "חמש", "שש,שישה", "שבע", "שמונה", "תשע", "עשר", "אחד עשר", "שתים עשרה", "עשרים",
                    "שלושים", "שישים", "מאה", "אלף")),
            Map.entry("hu", table("egy,első", "két,kettő,második", "három,harmad", "négy,negyed", "öt,ötöd", "hat,hatod",
                    "hét,hetedik", "nyolc", "kilenc", "tíz,tized", "tizenegy", "tizenkét,tizenkettő", "húsz", "harminc", "hatvan",
                    "száz", "ezer")),
            Map.entry("ro", table("un,una,unu,prim", "doi,două,doua,doil", "trei,treil", "patru", "cinci", "șase,şase", "șapte,şapte",
                    "opt", "nouă", "zece", "unsprezece", "doisprezece,douăsprezece", "douăzeci", "treizeci", "șaizeci,şaizeci",
                    "sută,sute", "mie,mii")),
            Map.entry("id", table("satu,pertama,sebuah", "dua,kedua", "tiga,ketiga", "empat", "lima", "enam", "tujuh", "delapan",
                    "sembilan", "sepuluh", "sebelas", "dua belas", "dua puluh", "tiga puluh", "enam puluh", "seratus,ratus",
                    "seribu,ribu")),
            // written without spaces: matched anywhere, as Chinese
            Map.entry("th", table("หนึ่ง,แรก", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า", "สิบ", "สิบเอ็ด",
                    "สิบสอง", "ยี่สิบ", "สามสิบ", "หกสิบ", "ร้อย", "พัน")),
            // whole words only (다섯, 두 가지; 하나를): Korean native numerals, Vietnamese syllables, are short and start other words
            Map.entry("ko", table("하나,한,첫", "둘,두,둘째", "셋,세,셋째", "넷,네", "다섯", "여섯", "일곱", "여덟", "아홉", "열",
                    "열하나,열한", "열둘,열두", "스물,스무", "서른", "예순", "백", "천")),
            Map.entry("vi", table("một,nhất", "hai", "ba", "bốn,tư", "năm", "sáu", "bảy", "tám", "chín", "mười",
                    "mười một", "mười hai", "hai mươi", "ba mươi", "sáu mươi", "trăm", "nghìn,ngàn")));

    private static final java.util.Set<String> ANYWHERE = java.util.Set.of("zh", "ja", "ar", "he", "th");
    private static final java.util.Set<String> WHOLE_WORDS = java.util.Set.of("ko", "vi");
    /** Korean particles a numeral may take as a word of its own ({@code 하나를}, {@code 둘은}). */
    private static final List<String> KOREAN_PARTICLES = List.of("", "를", "을", "는", "은", "가", "이", "의", "로", "와", "과", "에", "만", "도");

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
        if (stems == null && language.equalsIgnoreCase("vi")) stems = vietnamese(number);
        if (stems == null && (language.equalsIgnoreCase("zh") || language.equalsIgnoreCase("ja"))) stems = chinese(number);
        if (stems == null) stems = BEYOND.getOrDefault(language.toLowerCase(Locale.ROOT), Map.of()).get(number);
        if (stems == null) return compound(number, language, table, translation);
        String lower = translation.toLowerCase(Locale.forLanguageTag(language));
        // no spaces in Chinese and Japanese; Arabic and Hebrew join prefixes (ال, ו) to the word
        boolean anywhere = ANYWHERE.contains(language.toLowerCase(Locale.ROOT));
        boolean whole = WHOLE_WORDS.contains(language.toLowerCase(Locale.ROOT));
        for (String written : stems) {
            // "=on": a whole word only, where the stem begins everyday words (Turkish "onay", Italian "ottobre")
            boolean wholeWord = whole || written.startsWith("=");
            String stem = written.startsWith("=") ? written.substring(1) : written;
            int at = lower.indexOf(stem);
            while (at >= 0) {
                boolean starts = at == 0 || !Character.isLetter(lower.codePointBefore(at));
                if (anywhere || starts && (!wholeWord || endsWord(lower, at + stem.length()))) return true;
                at = lower.indexOf(stem, at + 1);
            }
        }
        return false;
    }

    /**
     * Past the table: 13 to 19 and the tens 40, 50, 70, 80 and 90, in the languages whose numbers from 21 to 99 are
     * then made of a ten and a unit ({@link #compound}). Stems, as in the table ({@code viidentoista} is 15 in the
     * genitive). French also has the tens of Belgium and Switzerland (septante, huitante, octante, nonante); its 71-79 and
     * 91-99 are a ten and a number from 11 to 19 ({@link #TEENS_AFTER}).
     */
    private static final Map<String, Map<String, List<String>>> BEYOND = beyond("""
            nl | dertien | veertien | vijftien | zestien | zeventien | achttien | negentien | veertig | vijftig | zeventig | tachtig | negentig
            de | dreizehn | vierzehn | fünfzehn | sechzehn | siebzehn | achtzehn | neunzehn | vierzig | fünfzig | siebzig | achtzig | neunzig
            fr | treize | quatorze | quinze | seize | dix-sept | dix-huit | dix-neuf | quarante | cinquante | soixante-dix,septante \
                | quatre-vingt,huitante,octante | quatre-vingt-dix,nonante
            es | trece | catorce | quince | dieciséis | diecisiete | dieciocho | diecinueve | cuarenta | cincuenta | setenta | ochenta | noventa
            it | tredici | quattordici | quindici | sedici | diciassette | diciotto | diciannove | quarant | cinquant | settant | ottant | novant
            pt | treze | catorze,quatorze | quinze | dezesseis,dezasseis | dezessete,dezassete | dezoito \
                | dezenove,dezanove | quarenta | cinquenta | setenta | oitenta | noventa
            sv | tretton | fjorton | femton | sexton | sjutton | arton | nitton | fyrtio | femtio | sjuttio | åttio | nittio
            nb | tretten | fjorten | femten | seksten | sytten | atten | nitten | førti | femti | sytti | åtti | nitti
            da | tretten | fjorten | femten | seksten | sytten | atten | nitten | fyrre | halvtreds | halvfjerds | firs | halvfems
            fi | kolmetoista,kolmentoista,kolmeatoista | neljätoista,neljäntoista,neljäätoista | viisitoista,viidentoista,viittätoista \
                | kuusitoista,kuudentoista,kuuttatoista | seitsemäntoista,seitsemäätoista | kahdeksantoista,kahdeksaatoista | yhdeksäntoista,yhdeksäätoista \
                | neljäkymmen,neljänkymmen,neljääkymmen | viisikymmen,viidenkymmen,viittäkymmen | seitsemänkymmen,seitsemääkymmen \
                | kahdeksankymmen,kahdeksaakymmen | yhdeksänkymmen,yhdeksääkymmen
            el | δεκατρ | δεκατέσσερ | δεκαπέντε | δεκαέξι,δεκάξι | δεκαεπτά,δεκαεφτά | δεκαοκτώ,δεκαοχτώ | δεκαεννέα,δεκαεννιά | σαράντα | πενήντα | εβδομήντα | ογδόντα | ενενήντα
            """);

    /**
     * The rows of {@link #BEYOND} (a long one goes on after a backslash at the end of a line): a language, then the
     * stems of 13 to 19 and of 40, 50, 70, 80 and 90, each a list.
     */
    private static Map<String, Map<String, List<String>>> beyond(String rows) {
        String[] numbers = {"13", "14", "15", "16", "17", "18", "19", "40", "50", "70", "80", "90"};
        Map<String, Map<String, List<String>>> out = new java.util.HashMap<>();
        for (String row : rows.strip().split("\n")) {
            String[] cells = row.split("\\|");
            Map<String, List<String>> stems = new java.util.HashMap<>();
            for (int i = 0; i < numbers.length; i++) stems.put(numbers[i], List.of(cells[i + 1].strip().split(",")));
            out.put(cells[0].strip(), Map.copyOf(stems));
        }
        return Map.copyOf(out);
    }

    /** How the tens begin a number of 21 to 99 where that differs from the ten alone: Spanish veinti-, Italian vent-, trent-. */
    private static final Map<String, Map<String, List<String>>> TENS_IN_COMPOUNDS = Map.of(
            "es", Map.of("20", List.of("veinti")), "it", Map.of("20", List.of("vent"), "30", List.of("trent"), "60", List.of("sessant")));

    /**
     * What may stand between a ten and its unit: nothing (tjugofem), a space or a hyphen, or a joining word or ending
     * (vinte e cinco, treinta y cinco, vingt et un, fünfundzwanzig, vijfentwintig, femogtyve, kaksikymmentäviisi,
     * quarantacinque after the stem quarant).
     */
    private static final java.util.Set<String> JOINERS = java.util.Set.of("", "e", "y", "et", "und", "en", "og", "och", "tä", "ta", "a");

    /**
     * The tens after which a language says the units of a number as 11 to 19: French 71-79 and 91-99 are 60 and 80 with
     * 11 to 19 (soixante et onze, soixante-douze, quatre-vingt-onze, quatre-vingt-seize).
     */
    private static final Map<String, Map<Character, String>> TEENS_AFTER = Map.of("fr", Map.of('7', "60", '9', "80"));

    /**
     * Whether {@code translation} says {@code number}, from 21 to 99 and not a round ten, as its language composes it: a
     * ten and a unit of the tables written next to each other, in either order ({@code tjugofem}, {@code vinte e cinco},
     * {@code είκοσι πέντε}, {@code kaksikymmentäviisi}; {@code vijfentwintig}, {@code fünfundzwanzig}, whose unit comes
     * first), or a ten and a teen where the language says so ({@link #TEENS_AFTER}).
     */
    private static boolean compound(String number, String language, Map<String, List<String>> table, String translation) {
        if (!number.matches("[2-9][1-9]")) return false;
        String lang = language.toLowerCase(Locale.ROOT);
        Map<String, List<String>> beyond = BEYOND.get(lang);
        if (beyond == null) return false;
        String ten = number.charAt(0) + "0";
        List<String> tens = new java.util.ArrayList<>(table.getOrDefault(ten, beyond.getOrDefault(ten, List.of())));
        tens.addAll(TENS_IN_COMPOUNDS.getOrDefault(lang, Map.of()).getOrDefault(ten, List.of()));
        List<String> units = table.get(String.valueOf(number.charAt(1)));
        String lower = translation.toLowerCase(Locale.forLanguageTag(language));
        String before = TEENS_AFTER.getOrDefault(lang, Map.of()).get(number.charAt(0));
        if (before != null) {
            String teen = "1" + number.charAt(1);
            if (together(lower, table.getOrDefault(before, beyond.get(before)), table.getOrDefault(teen, beyond.get(teen)))) return true;
        }
        return together(lower, tens, units);
    }

    /** Whether {@code lower} says one of {@code tens} and one of {@code units} next to each other, in either order. */
    private static boolean together(String lower, List<String> tens, List<String> units) {
        for (String t : tens) {
            for (String u : units) {
                String unit = u.startsWith("=") ? u.substring(1) : u;
                if (near(lower, t.startsWith("=") ? t.substring(1) : t, unit) || near(lower, unit, t)) return true;
            }
        }
        return false;
    }

    /** Whether {@code first}, at the start of a word of {@code text}, is followed by {@code then}, with only a {@linkplain #JOINERS joiner} between. */
    private static boolean near(String text, String first, String then) {
        for (int at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
            if (at > 0 && Character.isLetter(text.codePointBefore(at))) continue;
            int after = at + first.length();
            int next = text.indexOf(then, after);
            if (next >= 0 && next - after <= 5 && JOINERS.contains(text.substring(after, next).replace('-', ' ').strip())) return true;
        }
        return false;
    }

    /** Chinese and Japanese numerals, 1 to 9, for the numbers from 13 to 99 ({@link #chinese}). */
    private static final String CJK_UNITS = "一二三四五六七八九";

    /** The way Chinese and Japanese write {@code number} from 13 to 99: 十五 15, 二十 20, 二十五 25; null outside. */
    private static List<String> chinese(String number) {
        if (!number.matches("[1-9][0-9]")) return null;
        int tens = number.charAt(0) - '0';
        int unit = number.charAt(1) - '0';
        String head = (tens == 1 ? "" : String.valueOf(CJK_UNITS.charAt(tens - 1))) + "十";
        return List.of(unit == 0 ? head : head + CJK_UNITS.charAt(unit - 1));
    }

    /** Vietnamese units, 1 to 9, as they stand alone. */
    private static final String[] VI_UNITS = {"một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};

    /**
     * The ways Vietnamese says {@code number} from 11 to 99, built as the language builds them: {@code mười} and a unit
     * for the teens, a unit and {@code mươi} for the tens, then the unit; after a ten, 1 is {@code mốt}, 5 {@code lăm}
     * and 4 also {@code tư} ({@code mười lăm} 15, {@code hai mươi mốt} 21, {@code ba mươi tư} 34). Each a whole phrase;
     * null outside that range.
     */
    private static List<String> vietnamese(String number) {
        if (!number.matches("[1-9][0-9]")) return null;
        int tens = number.charAt(0) - '0';
        int unit = number.charAt(1) - '0';
        String head = tens == 1 ? "mười" : VI_UNITS[tens - 1] + " mươi";
        List<String> tails = switch (unit) {
            case 0 -> List.of("");
            case 1 -> tens == 1 ? List.of(" một") : List.of(" mốt", " một");
            case 4 -> tens == 1 ? List.of(" bốn") : List.of(" tư", " bốn");
            case 5 -> tens == 1 ? List.of(" lăm") : List.of(" lăm", " nhăm");
            default -> List.of(" " + VI_UNITS[unit - 1]);
        };
        return tails.stream().map(tail -> head + tail).toList();
    }

    /** "24 hours" as one word, per language: a day and a night (dygn, døgn, vuorokausi, ööpäev, сутки, доба). */
    private static final Map<String, List<String>> DAY_AND_NIGHT = Map.of("sv", List.of("dygn"), "nb", List.of("døgn"),
            "da", List.of("døgn"), "fi", List.of("vuorokau"), "et", List.of("ööpäev"), "ru", List.of("сутк", "суток"),
            "uk", List.of("доба", "добу", "доби"));

    /** Whether {@code translation}, in {@code language}, writes 24 (of hours) as the word for a day and a night. */
    static boolean saysADayAndANight(String language, String translation) {
        return saysOneOf(DAY_AND_NIGHT, language, translation);
    }

    /** The word for a million, per language ("1 million" is "un millón", "milion", "milyon", "百万": no digit). */
    /** The word for a half, as a number's half is said after it ("2 heures et demie", "zweieinhalb", "2 en een half"). */
    private static final Map<String, List<String>> HALF = Map.ofEntries(Map.entry("fr", List.of("demi")),
            Map.entry("de", List.of("einhalb", "halbe")), Map.entry("nl", List.of("half", "halve")),
            Map.entry("es", List.of("y media", "y medio")), Map.entry("it", List.of("mezz")), Map.entry("pt", List.of("e meia", "e meio")),
            Map.entry("sv", List.of("halv")), Map.entry("nb", List.of("halv")), Map.entry("da", List.of("halv")),
            Map.entry("fi", List.of("puol")), Map.entry("pl", List.of("pół")), Map.entry("cs", List.of("půl")),
            Map.entry("ru", List.of("половин")), Map.entry("uk", List.of("половин")), Map.entry("ja", List.of("半")),
            Map.entry("zh", List.of("半")));

    /** Whether {@code translation}, in {@code language}, says a half ({@link #HALF}). */
    static boolean saysAHalf(String language, String translation) {
        return saysOneOf(HALF, language, translation);
    }

    private static final Map<String, List<String>> MILLION = Map.ofEntries(
            Map.entry("es", List.of("millón", "millon")), Map.entry("pt", List.of("milhão", "milhao")),
            Map.entry("it", List.of("milion")), Map.entry("fr", List.of("million")), Map.entry("de", List.of("million")),
            Map.entry("nl", List.of("miljoen")), Map.entry("pl", List.of("milion")), Map.entry("cs", List.of("milion")),
            Map.entry("ru", List.of("миллион")), Map.entry("uk", List.of("мільйон")), Map.entry("bg", List.of("милион")),
            Map.entry("el", List.of("εκατομμύρι", "εκατομμυρι")), Map.entry("tr", List.of("milyon")), Map.entry("hu", List.of("millió")),
            Map.entry("ro", List.of("milion")), Map.entry("sv", List.of("miljon")), Map.entry("da", List.of("million")),
            Map.entry("nb", List.of("million")), Map.entry("fi", List.of("miljoon")), Map.entry("id", List.of("juta")),
            Map.entry("ar", List.of("مليون")), Map.entry("he", List.of("מיליון")), Map.entry("th", List.of("ล้าน")),
            Map.entry("vi", List.of("triệu")), Map.entry("ko", List.of("백만")), Map.entry("zh", List.of("百万", "百萬")),
            Map.entry("ja", List.of("百万")));

    /** Whether {@code translation}, in {@code language}, says "a million" in a word. */
    static boolean saysAMillion(String language, String translation) {
        return saysOneOf(MILLION, language, translation);
    }

    /** Whether the translation holds one of the language's words in {@code words} (any letter case). */
    private static boolean saysOneOf(Map<String, List<String>> words, String language, String translation) {
        List<String> its = words.get(language.toLowerCase(Locale.ROOT));
        if (its == null) return false;
        String lower = translation.toLowerCase(Locale.forLanguageTag(language));
        return its.stream().anyMatch(lower::contains);
    }

    /** Whether a word ends at {@code end}, or after one of Korean's particles. */
    private static boolean endsWord(String text, int end) {
        for (String particle : KOREAN_PARTICLES) {
            int after = end + particle.length();
            if (text.startsWith(particle, end) && (after >= text.length() || !Character.isLetter(text.codePointAt(after)))) return true;
        }
        return false;
    }
}
