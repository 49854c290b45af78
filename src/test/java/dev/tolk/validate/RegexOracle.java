package dev.tolk.validate;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regular expressions that the validate package ran on every unit before its hand-written
 * scanners (main at 6b708c4), kept word for word as the oracle that {@link HandWrittenScannersTest}
 * compares the scanners with. Not used by Tolk itself. Each expression is compiled once, here:
 * {@code s.matches(regex)}, {@code s.replaceAll(regex, r)} and {@code s.split(regex)} compile theirs on
 * every call, which was most of the test's time, and answer just as the compiled pattern does.
 */
final class RegexOracle {
    // DriftRule
    private static final Pattern LOCALE_IN_URL = Pattern.compile("(?i)(?<=[/=])[a-z]{2,3}-[a-z]{2,4}(?=[/&)#]|$)");
    private static final Pattern WHOLE_LINK = Pattern.compile("(?s)\\[(.*)\\]\\(([^()\\s]*)\\)");
    private static final Pattern URL_HOST = Pattern.compile("(?i)\\bhttps?://[^/\\s)\\]\"'>]+(?=/)");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\u2060\\uFEFF]+");
    /** A backslash that escapes ASCII punctuation. */
    private static final Pattern ESCAPE = Pattern.compile("\\\\(?=[!-/:-@\\[-`{-~])");
    // InlineFacts
    private static final Pattern LOCALE_SEGMENT = Pattern.compile("(?<=/)[a-z]{2,3}-[a-z]{2,4}(?=/|$)");
    private static final Pattern LOCALE_VALUE = Pattern.compile("(?<==)[a-z]{2,3}-[a-z]{2,4}(?=&|$)");
    private static final Pattern HREF = Pattern.compile("(?i)\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");
    private static final Pattern SCALE = Pattern.compile("(?:[- ]?K|-?k|[- ]?(?:thousand|million|billion))(?![\\p{L}\\d])");
    private static final Pattern ORDINAL = Pattern.compile("(st|nd|rd|th)(?![\\p{L}\\d])");
    private static final Pattern DESTINATION_START = Pattern.compile("\\s*(https?:|mailto:|/|\\.{1,2}/|#|[\\w.-]+\\.(md|html?|png|jpe?g|gif|svg)\\b)");
    // UnitTextRules
    private static final Pattern WORD_EDGES = Pattern.compile("^[\\p{P}\\p{S}]+|[\\p{P}\\p{S}]+$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(['’][\\p{L}]+)?");
    /** A PowerShell command (an approved verb, a hyphen, a noun) or parameter, as the scanner reads them. */
    private static final Pattern COMMAND = Pattern.compile("(^|\\s)((?:Add|Approve|Assert|Backup|Block|Build|Checkpoint|Clear|Close|Compare"
            + "|Complete|Compress|Confirm|Connect|Convert|Copy|Debug|Deny|Deploy|Disable|Disconnect|Dismount|Edit|Enable|Enter|Exit"
            + "|Expand|Export|Find|Format|Get|Grant|Group|Hide|Import|Initialize|Install|Invoke|Join|Limit|Lock|Measure|Merge|Mount"
            + "|Move|New|Open|Optimize|Out|Ping|Pop|Protect|Publish|Push|Read|Receive|Redo|Register|Remove|Rename|Repair|Request"
            + "|Reset|Resize|Resolve|Restart|Restore|Resume|Revoke|Save|Search|Select|Send|Set|Show|Skip|Split|Start|Step|Stop"
            + "|Submit|Suspend|Switch|Sync|Test|Trace|Unblock|Undo|Uninstall|Unlock|Unprotect|Unpublish|Unregister|Update|Use|Wait"
            + "|Watch|Write)-[A-Z][A-Za-z]+|-[A-Z][a-z]+[A-Z][A-Za-z]*)\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    // InlineSyntax
    private static final Pattern ENTITY_NAME = Pattern.compile("#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*");
    private static final Pattern AUTOLINK = Pattern.compile("(?i)(https?|mailto|ftp):[^\\s<>]*");
    private static final Pattern TAG = Pattern.compile("(?s)/?[A-Za-z][A-Za-z0-9-]*(\\s.*)?/?");

    private RegexOracle() {
    }

    static String comparable(String s) {
        String t = URL_HOST.matcher(WHITESPACE.matcher(ESCAPE.matcher(s).replaceAll("")).replaceAll("")).replaceAll("");
        return LOCALE_IN_URL.matcher(t).replaceAll("{locale}");
    }

    /** The link text of a half that is one whole link, else null. */
    static String wholeLinkText(String stripped) {
        Matcher m = WHOLE_LINK.matcher(stripped);
        return m.matches() ? m.group(1) : null;
    }

    static boolean equivalent(String a, String b) {
        String ca = comparable(a);
        String cb = comparable(b);
        if (ca.equals(cb)) return true;
        Matcher ma = WHOLE_LINK.matcher(a.strip());
        Matcher mb = WHOLE_LINK.matcher(b.strip());
        boolean la = ma.matches();
        boolean lb = mb.matches();
        if (la && !lb) return comparable(ma.group(1)).equals(cb);
        if (lb && !la) return comparable(mb.group(1)).equals(ca);
        return false;
    }

    static String normalizeTarget(String raw) {
        String t = raw.strip();
        int hash = t.indexOf('#');
        if (hash == 0) return "#";
        if (hash > 0) t = t.substring(0, hash);
        t = t.toLowerCase(Locale.ROOT);
        t = LOCALE_SEGMENT.matcher(t).replaceAll("{locale}");
        t = LOCALE_VALUE.matcher(t).replaceAll("{locale}");
        while (t.endsWith("/")) t = t.substring(0, t.length() - 1);
        return t;
    }

    static boolean isEntityName(String name) {
        return ENTITY_NAME.matcher(name).matches();
    }

    static boolean isAutolink(String inner) {
        return AUTOLINK.matcher(inner).matches();
    }

    static boolean isTag(String inner) {
        return TAG.matcher(inner).matches();
    }

    static String hrefValue(String inner) {
        Matcher href = HREF.matcher(inner);
        if (!href.find()) return null;
        return href.group(1) != null ? href.group(1) : href.group(2) != null ? href.group(2) : href.group(3);
    }

    static int scaleEnd(String s, int j) {
        Matcher m = SCALE.matcher(s).region(j, s.length());
        return m.lookingAt() ? m.end() : -1;
    }

    static boolean ordinalAt(String s, int j) {
        return ORDINAL.matcher(s).region(j, s.length()).lookingAt();
    }

    static boolean startsDestination(String s, int from) {
        return DESTINATION_START.matcher(s).region(from, s.length()).lookingAt();
    }

    static String normalize(String half) {
        return SPACES.matcher(half.strip()).replaceAll(" ");
    }

    static boolean hasCommand(String prose) {
        return COMMAND.matcher(prose).find();
    }

    /** The word of a token, or null when it is none. */
    static String word(String token) {
        String word = WORD_EDGES.matcher(token).replaceAll("");
        return WORD.matcher(word).matches() ? word : null;
    }

    /** {@code UnitTextRules.hasWordsToTranslate} once the do-not-translate terms are out. */
    static boolean readsAsEnglish(String prose, java.util.Set<String> functionWords) {
        if (COMMAND.matcher(prose).find()) return false;
        boolean english = false;
        boolean lowerContentWord = false;
        for (String token : SPACES.split(prose)) {
            String word = WORD_EDGES.matcher(token).replaceAll("");
            if (!WORD.matcher(word).matches()) continue;
            if (functionWords.contains(word.toLowerCase(Locale.ROOT))) {
                english = true;
            } else if (word.length() >= 4 && Character.isLowerCase(word.codePointAt(0))) {
                lowerContentWord = true;
            }
        }
        return english && lowerContentWord;
    }
}
