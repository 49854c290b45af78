package dev.tolk.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Bytes written in blocks of a mebibyte and copied once into an array of their length: a
 * growing array would be copied at each doubling and hold up to twice the index at the end.
 */
final class Chunks {
    private static final int BLOCK = 1 << 20;
    private final List<byte[]> full = new ArrayList<>();
    private byte[] block = new byte[64 * 1024];
    private int used;

    void write(byte[] bytes) {
        int from = 0;
        while (from < bytes.length) {
            if (used == block.length) {
                full.add(block);
                block = new byte[BLOCK];
                used = 0;
            }
            int n = Math.min(bytes.length - from, block.length - used);
            System.arraycopy(bytes, from, block, used, n);
            used += n;
            from += n;
        }
    }

    byte[] toByteArray() {
        long length = used;
        for (byte[] b : full) length += b.length;
        if (length > Integer.MAX_VALUE - 16) throw new OutOfMemoryError("search index larger than 2 GiB");
        byte[] out = new byte[(int) length];
        int at = 0;
        for (byte[] b : full) {
            System.arraycopy(b, 0, out, at, b.length);
            at += b.length;
        }
        System.arraycopy(block, 0, out, at, used);
        return out;
    }
}
