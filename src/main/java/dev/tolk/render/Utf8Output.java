package dev.tolk.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * A {@link Writer} that encodes as UTF-8 into a growing byte array, for a page that is rendered
 * whole. Why: a page rendered into a {@link java.io.StringWriter} is copied into a
 * synchronized buffer, inflated to UTF-16 there (one language name in another script is enough),
 * turned into a string and then encoded; here each character is encoded once, as it is written.
 * The bytes are those of {@code Files.writeString(file, text, UTF_8)}, except that an unpaired
 * surrogate (which has no UTF-8 form, and which flexmark produces from a reference such as
 * {@code &#xD800;}) is written as U+FFFD, as CommonMark prescribes for such references, where
 * {@code Files.writeString} would fail the page. Not thread-safe: one per thread, {@link #reset}
 * between pages.
 */
final class Utf8Output extends Writer {
    /** Characters copied out of a string at a time. */
    private static final int CHUNK = 2048;

    private byte[] bytes;
    private int count;
    /** A high surrogate at the end of the last write, waiting for its low half. */
    private char pendingHigh;
    private char[] scratch;

    Utf8Output(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    @Override
    public void write(int c) {
        ensure(1);
        encode((char) c);
    }

    @Override
    public void write(char[] chars, int off, int len) {
        ensure(len);
        // locals, not fields, in the loop: C1 reloads fields on every iteration
        byte[] b = bytes;
        int n = count;
        boolean pending = pendingHigh != 0; // a high surrogate waits: the next character must go through encode
        for (int i = off, end = off + len; i < end; i++) {
            char c = chars[i];
            if (!pending) {
                // the forms of one character here, in locals (a script other than Latin is all two- or three-byte forms)
                if (c < 0x80) {
                    b[n++] = (byte) c;
                    continue;
                }
                if (c < 0x800) {
                    b[n++] = (byte) (0xC0 | c >> 6);
                    b[n++] = (byte) (0x80 | c & 0x3F);
                    continue;
                }
                if (!Character.isSurrogate(c)) {
                    b[n++] = (byte) (0xE0 | c >> 12);
                    b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                    b[n++] = (byte) (0x80 | c & 0x3F);
                    continue;
                }
            }
            count = n;
            encode(c);
            n = count;
            pending = pendingHigh != 0;
        }
        count = n;
    }

    /** Strings are copied out in chunks and encoded from the array: cheaper under C1 than {@code charAt} per character. */
    @Override
    public void write(String s, int off, int len) {
        if (scratch == null) scratch = new char[CHUNK];
        for (int from = off, end = off + len; from < end; from += CHUNK) {
            int to = Math.min(end, from + CHUNK);
            s.getChars(from, to, scratch, 0);
            write(scratch, 0, to - from);
        }
    }

    @Override
    public void write(String s) {
        write(s, 0, s.length());
    }

    @Override
    public Writer append(CharSequence csq) {
        write(String.valueOf(csq));
        return this;
    }

    /** One character, any value (room made by the caller); ASCII after a pending high surrogate ends up here too. */
    private void encode(char c) {
        if (pendingHigh != 0) {
            if (!Character.isLowSurrogate(c)) {
                pendingHigh = 0;
                replacement();
                encode(c);
                return;
            }
            int cp = Character.toCodePoint(pendingHigh, c);
            pendingHigh = 0;
            bytes[count++] = (byte) (0xF0 | cp >> 18);
            bytes[count++] = (byte) (0x80 | cp >> 12 & 0x3F);
            bytes[count++] = (byte) (0x80 | cp >> 6 & 0x3F);
            bytes[count++] = (byte) (0x80 | cp & 0x3F);
        } else if (c < 0x80) {
            bytes[count++] = (byte) c;
        } else if (c < 0x800) {
            bytes[count++] = (byte) (0xC0 | c >> 6);
            bytes[count++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            replacement();
        } else {
            bytes[count++] = (byte) (0xE0 | c >> 12);
            bytes[count++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[count++] = (byte) (0x80 | c & 0x3F);
        }
    }

    /**
     * Room for {@code chars} more characters at their widest: three bytes each, plus three for a
     * replacement of a high surrogate left waiting by the last write (or four for the pair it
     * completes).
     */
    private void ensure(int chars) {
        long needed = count + 3L * chars + 3;
        if (needed > bytes.length) {
            if (needed > Integer.MAX_VALUE - 16) throw new OutOfMemoryError("page larger than 2 GiB");
            bytes = Arrays.copyOf(bytes, (int) Math.max(Math.min(bytes.length * 2L, Integer.MAX_VALUE - 16), needed));
        }
    }

    /** U+FFFD in place of an unpaired surrogate. */
    private void replacement() {
        bytes[count++] = (byte) 0xEF;
        bytes[count++] = (byte) 0xBF;
        bytes[count++] = (byte) 0xBD;
    }

    /** Empties the buffer for another text, keeping its arrays. */
    Utf8Output reset() {
        count = 0;
        pendingHigh = 0;
        return this;
    }

    /** Ends the text: a high surrogate still waiting for its low half becomes U+FFFD. */
    void finish() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            ensure(1);
            replacement();
        }
    }

    /** What was encoded, as a new array (the text is ended first). */
    byte[] toByteArray() {
        finish();
        return Arrays.copyOf(bytes, count);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
