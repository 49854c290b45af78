package dev.tolk.source;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A content file's bytes deflated, for the time between the stage that read it and its last
 * user: a large docset's texts are most of what a build holds (30,000 articles in 3 locales:
 * 510 MB of UTF-8, about 610 MB as strings; deflated, under a third of the bytes). The bytes are
 * the file's as read, so {@link #bytes()} decoded again ({@link SourceText#decode}) gives the same
 * text, byte-order mark and malformed bytes included; the zlib format's checksum guards them.
 * Immutable; safe for many threads.
 */
public final class HeldText {
    /** Fastest deflate: the text is held for minutes at most, and the build waits for it. */
    private static final int LEVEL = Deflater.BEST_SPEED;

    private final byte[] deflated;
    private final int length;

    private HeldText(byte[] deflated, int length) {
        this.deflated = deflated;
        this.length = length;
    }

    /** {@code bytes} deflated (the array is not kept). */
    public static HeldText of(byte[] bytes) {
        Deflater deflater = new Deflater(LEVEL);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
            byte[] chunk = new byte[Math.min(64 * 1024, Math.max(bytes.length, 64))];
            while (!deflater.finished()) {
                int n = deflater.deflate(chunk);
                out.write(chunk, 0, n);
            }
            return new HeldText(out.toByteArray(), bytes.length);
        } finally {
            deflater.end();
        }
    }

    /** The bytes as they were given to {@link #of}. */
    public byte[] bytes() {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated);
            byte[] out = new byte[length];
            int n = 0;
            while (n < length) {
                int got = inflater.inflate(out, n, length - n);
                if (got == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) break;
                n += got;
            }
            if (n != length) throw new IllegalStateException("held text inflated to " + n + " bytes, not " + length);
            return out;
        } catch (DataFormatException e) {
            throw new IllegalStateException("held text is not deflate data", e);
        } finally {
            inflater.end();
        }
    }

    /** How many bytes the file had. */
    public int length() {
        return length;
    }

    /** How many bytes this holds them in (the deflated form, without the object's own). */
    public int heldLength() {
        return deflated.length;
    }
}
