package dev.tolk.build;

import dev.tolk.source.SourceFiles;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A SHA-256 over values in a canonical form, for cache keys: the same value gives the same
 * digest in every run (maps and sets in sorted order, records by their components, paths and
 * patterns as text, every item framed by its length and kind so that no two different values
 * run together). A value with no canonical form (an object whose text is its identity) is
 * refused: a key that could differ between equal inputs is worse than none.
 */
final class Fingerprint {
    private static final Pattern IDENTITY = Pattern.compile(".*@[0-9a-f]{4,}");
    private final MessageDigest sha = SourceFiles.sha256();
    /** The most bytes held back from the digest. */
    private static final int PENDING = 8192;
    /**
     * Bytes not yet given to the digest: one update per buffer, not per framing byte (a sixth of a
     * rebuild's hashing). It starts small and grows to {@value #PENDING}: most fingerprints (a
     * page key's) hash a few hundred bytes, and a full buffer each was a tenth of what a
     * one-article rebuild allocated.
     */
    private byte[] pending = new byte[256];
    private int used;

    private void put(byte b) {
        if (used == pending.length) room(1);
        pending[used++] = b;
    }

    private void put(byte[] b) {
        if (b.length > pending.length - used) {
            room(b.length);
            if (b.length > pending.length - used) { // still no room: what is held goes first, then b
                flush();
                if (b.length > pending.length) {
                    sha.update(b);
                    return;
                }
            }
        }
        System.arraycopy(b, 0, pending, used, b.length);
        used += b.length;
    }

    /** Makes room for {@code bytes} more: a larger buffer up to {@value #PENDING}, else the pending bytes digested. */
    private void room(int bytes) {
        if (pending.length < PENDING) {
            pending = java.util.Arrays.copyOf(pending, Math.min(PENDING, Math.max(2 * pending.length, used + bytes)));
        } else {
            flush();
        }
    }

    private void flush() {
        sha.update(pending, 0, used);
        used = 0;
    }

    /** Adds a string, framed. */
    Fingerprint add(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        put((byte) 's');
        frame(b.length);
        put(b);
        return this;
    }

    private void frame(int length) {
        put((byte) (length >>> 24));
        put((byte) (length >>> 16));
        put((byte) (length >>> 8));
        put((byte) length);
    }

    /** Adds a value in its canonical form. */
    Fingerprint value(Object v) {
        if (v == null) {
            put((byte) 'n');
        } else if (v instanceof String s) {
            add(s);
        } else if (v instanceof Number || v instanceof Boolean || v instanceof Character || v instanceof Enum<?>) {
            put((byte) 'p');
            add(v.getClass().getSimpleName() + ":" + v);
        } else if (v instanceof Path p) {
            put((byte) 'f');
            add(p.toString());
        } else if (v instanceof Pattern p) {
            put((byte) 'r');
            add(p.pattern() + "/" + p.flags());
        } else if (v instanceof Optional<?> o) {
            put((byte) 'o');
            value(o.orElse(null));
        } else if (v instanceof Map<?, ?> m) {
            put((byte) 'm');
            frame(m.size());
            TreeMap<String, Object> sorted = new TreeMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) sorted.put(String.valueOf(e.getKey()), e.getValue());
            sorted.forEach((k, x) -> {
                add(k);
                value(x);
            });
        } else if (v instanceof Set<?> s) {
            put((byte) 'S');
            frame(s.size());
            List<String> items = new ArrayList<>();
            for (Object o : s) items.add(new Fingerprint().value(o).hex());
            items.sort(null);
            items.forEach(this::add);
        } else if (v instanceof Collection<?> c) {
            put((byte) 'l');
            frame(c.size());
            for (Object o : c) value(o);
        } else if (v.getClass().isRecord()) {
            put((byte) 'R');
            add(v.getClass().getName());
            for (RecordComponent rc : v.getClass().getRecordComponents()) {
                try {
                    rc.getAccessor().setAccessible(true);
                    value(rc.getAccessor().invoke(v));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalArgumentException("no canonical form for " + v.getClass().getName(), e);
                }
            }
        } else {
            String text = v.toString();
            if (IDENTITY.matcher(text).matches()) {
                throw new IllegalArgumentException("no canonical form for " + v.getClass().getName());
            }
            put((byte) 't');
            add(v.getClass().getName() + ":" + text);
        }
        return this;
    }

    /** The digest so far, in lower-case hex; the fingerprint is spent. */
    String hex() {
        flush();
        return HexFormat.of().formatHex(sha.digest());
    }
}
