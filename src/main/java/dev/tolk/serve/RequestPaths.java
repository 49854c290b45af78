package dev.tolk.serve;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the raw path of a request into a site-relative file path, or refuses it. Decodes once;
 * refuses {@code ..} and {@code .} segments, encoded separators ({@code %2F}, {@code %5C}),
 * backslashes, NUL and other control characters, malformed escapes and invalid UTF-8, so no
 * request can name a file outside the site, however it is spelled.
 */
final class RequestPaths {
    private RequestPaths() {
    }

    /**
     * @param rawPath the path as sent (before decoding), starting with {@code /}
     * @return the relative path ({@code nl-NL/a.html}; empty for the site root), or empty when refused
     */
    static Optional<String> resolve(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.length() > 2048) return Optional.empty();
        String lower = rawPath.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") || rawPath.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        String decoded = decode(rawPath);
        if (decoded == null) return Optional.empty();
        StringBuilder out = new StringBuilder();
        for (String segment : decoded.substring(1).split("/", -1)) {
            if (segment.isEmpty()) continue;
            if (segment.equals(".") || segment.equals("..")) return Optional.empty();
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                if (c < 0x20 || c == 0x7F || c == '\\' || c == ':') return Optional.empty();
            }
            if (out.length() > 0) out.append('/');
            out.append(segment);
        }
        return Optional.of(out.toString());
    }

    /** Percent-decoding as UTF-8, once; null for a malformed escape or invalid UTF-8. */
    private static String decode(String s) {
        byte[] bytes = new byte[s.length() * 3];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) return null;
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) return null;
                bytes[n++] = (byte) (hi * 16 + lo);
                i += 2;
            } else if (c < 0x80) {
                bytes[n++] = (byte) c;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    utf8 = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                System.arraycopy(utf8, 0, bytes, n, utf8.length);
                n += utf8.length;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes, 0, n)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }
}
