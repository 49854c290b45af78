package dev.tolk.validate;

/**
 * Words of prose as {@link UnitTextRules} reads them to tell English a translator should
 * change: a token between spaces, less the punctuation and symbols at its ends, is a word when
 * it is letters (with their combining marks) and at most one apostrophe before more letters
 * ({@code don't}); and a PowerShell cmdlet ({@code Get-Recipient}) or parameter
 * ({@code -ErrorContext}) at a token's start marks a command line, not prose. Hand-written
 * scanners with the results of the regular expressions they replaced (the tests hold both).
 */
final class Words {
    private Words() {
    }

    /** The word of the token {@code [from, to)} of {@code s} (see the class comment), or null when it is none. */
    static String word(String s, int from, int to) {
        int start = from;
        while (start < to && isPunctuationOrSymbol(s.codePointAt(start))) start += Character.charCount(s.codePointAt(start));
        int end = to;
        while (end > start && isPunctuationOrSymbol(s.codePointBefore(end))) end -= Character.charCount(s.codePointBefore(end));
        int i = start;
        while (i < end && isLetterOrMark(s.codePointAt(i))) i += Character.charCount(s.codePointAt(i));
        if (i == start) return null;
        if (i < end) {
            char c = s.charAt(i);
            if (c != '\'' && c != '’') return null;
            int letters = ++i;
            while (i < end && Character.isLetter(s.codePointAt(i))) i += Character.charCount(s.codePointAt(i));
            if (i == letters || i < end) return null;
        }
        return s.substring(start, end);
    }

    /** Whether a token of {@code prose} starts with a cmdlet or parameter name that a word boundary ends. */
    /** PowerShell's approved verbs (Get-Verb). */
    private static final java.util.Set<String> VERBS = java.util.Set.of("Add", "Approve", "Assert", "Backup", "Block", "Build",
            "Checkpoint", "Clear", "Close", "Compare", "Complete", "Compress", "Confirm", "Connect", "Convert", "Copy", "Debug", "Deny",
            "Deploy", "Disable", "Disconnect", "Dismount", "Edit", "Enable", "Enter", "Exit", "Expand", "Export", "Find", "Format",
            "Get", "Grant", "Group", "Hide", "Import", "Initialize", "Install", "Invoke", "Join", "Limit", "Lock", "Measure", "Merge",
            "Mount", "Move", "New", "Open", "Optimize", "Out", "Ping", "Pop", "Protect", "Publish", "Push", "Read", "Receive", "Redo",
            "Register", "Remove", "Rename", "Repair", "Request", "Reset", "Resize", "Resolve", "Restart", "Restore", "Resume", "Revoke",
            "Save", "Search", "Select", "Send", "Set", "Show", "Skip", "Split", "Start", "Step", "Stop", "Submit", "Suspend", "Switch",
            "Sync", "Test", "Trace", "Unblock", "Undo", "Uninstall", "Unlock", "Unprotect", "Unpublish", "Unregister", "Update", "Use",
            "Wait", "Watch", "Write");

    static boolean hasCommand(String prose) {
        for (int p = 0; p < prose.length(); p++) {
            if ((p == 0 || Boundaries.isSpace(prose.charAt(p - 1))) && commandAt(prose, p)) return true;
        }
        return false;
    }

    /** {@code Verb-Noun} (an approved verb, {@code -[A-Z][A-Za-z]+}) or {@code -ParameterName} ({@code -[A-Z][a-z]+[A-Z][A-Za-z]*}) at {@code p}. */
    private static boolean commandAt(String s, int p) {
        boolean parameter = p < s.length() && s.charAt(p) == '-';
        int i = parameter ? p + 1 : p;
        if (!upperAt(s, i)) return false;
        int lower = ++i;
        while (i < s.length() && s.charAt(i) >= 'a' && s.charAt(i) <= 'z') i++;
        if (i == lower) return false;
        if (!parameter) {
            // a PowerShell verb ("Get-Mailbox"), not any capitalized compound ("In-Place Archive", "Two-Factor")
            if (i >= s.length() || s.charAt(i) != '-' || !VERBS.contains(s.substring(p, i))) return false;
            i++;
        }
        if (!upperAt(s, i)) return false;
        int rest = ++i;
        while (i < s.length() && isAsciiLetter(s.charAt(i))) i++;
        if (!parameter && i == rest) return false;
        return !Boundaries.wordAt(s, i);
    }

    private static boolean upperAt(String s, int i) {
        return i < s.length() && s.charAt(i) >= 'A' && s.charAt(i) <= 'Z';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isPunctuationOrSymbol(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    private static boolean isLetterOrMark(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }
}
