package dev.tolk.validate;

/** String distances for "did you mean" suggestions (front-matter keys here, {@code tolk.yaml} keys in config). */
public final class Distance {
    private Distance() {
    }

    /** Edits (insert, delete, substitute, swap two neighbours) that turn {@code a} into {@code b}. */
    public static int damerauLevenshtein(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) d[i][0] = i;
        for (int j = 0; j <= m; j++) d[0][j] = j;
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[n][m];
    }

    /** Whether every character of {@code needle} occurs in {@code hay} in the same order. */
    static boolean isSubsequence(String needle, String hay) {
        int i = 0;
        for (int j = 0; j < hay.length() && i < needle.length(); j++) {
            if (hay.charAt(j) == needle.charAt(i)) i++;
        }
        return i == needle.length();
    }
}
