package dev.tolk.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A page's bytes are its text in UTF-8, whatever pieces it was written in: every form (one to
 * four bytes), pairs split between two writes, and U+FFFD for an unpaired surrogate, as
 * CommonMark prescribes; in a fresh buffer or in one reset after another text.
 */
class Utf8OutputTest {
    /** Characters at the edges of each form, and surrogates alone and in pairs. */
    private static final char[] PALETTE = {
        'a', '<', '\n', '\u007F', '\u0080', 'é', 'ß', '\u07FF', '\u0800', 'Ω', 'ש', 'ع', '日', '本', '\uFFFD', '\uFFFF',
        '\uD7FF', '\uE000', '\uD83D', '\uDE00', '\uD800', '\uDBFF', '\uDC00', '\uDFFF'};

    @Test
    void writesWhatJavaEncodesWithUnpairedSurrogatesReplaced() {
        Random random = new Random(31);
        Utf8Output reused = new Utf8Output(4);
        for (int round = 0; round < 20_000; round++) {
            char[] text = new char[random.nextInt(40)];
            for (int i = 0; i < text.length; i++) text[i] = PALETTE[random.nextInt(PALETTE.length)];
            // every other text in a buffer used before (a page after another, on one thread), left as it was: reset
            // must forget what it held, a high surrogate waiting for its other half too
            Utf8Output out = round % 2 == 0 ? new Utf8Output(random.nextInt(8)) : reused.reset();
            int at = 0;
            while (at < text.length) {
                int len = Math.min(text.length - at, random.nextInt(6));
                switch (random.nextInt(3)) {
                    case 0 -> out.write(text, at, len);
                    case 1 -> out.write(new String(text), at, len);
                    default -> {
                        len = Math.min(len, 1);
                        if (len == 1) out.write(text[at]);
                    }
                }
                at += len;
            }
            if (out == reused && random.nextBoolean()) {
                // what toByteArray does not see: a high surrogate written after it, waiting when the buffer is reset
                byte[] bytes = out.toByteArray();
                out.write('\uD83D');
                assertArrayEquals(expected(text), bytes);
                continue;
            }
            assertArrayEquals(expected(text), out.toByteArray(), () -> "text " + new String(text).codePoints()
                    .mapToObj(Integer::toHexString).toList());
        }
    }

    /** The oracle: Java's encoder, after each surrogate without its other half becomes U+FFFD. */
    private static byte[] expected(char[] text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            if (Character.isHighSurrogate(c) && i + 1 < text.length && Character.isLowSurrogate(text[i + 1])) {
                b.append(c).append(text[++i]);
            } else {
                b.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
