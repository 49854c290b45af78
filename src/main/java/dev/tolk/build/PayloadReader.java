package dev.tolk.build;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Reads back, from a byte array, what a {@link java.io.DataOutputStream} wrote (a cache entry's
 * payload): the same methods as {@link DataInputStream}, without its read of every byte through
 * a synchronized stream (a quarter of a one-article rebuild's decoding). Running past the end is
 * an {@link EOFException}.
 */
final class PayloadReader {
    private final ByteBuffer in;

    PayloadReader(byte[] payload) {
        this.in = ByteBuffer.wrap(payload);
    }

    /** A reader of {@code payload[offset, offset + length)}; its positions are the array's. */
    PayloadReader(byte[] payload, int offset, int length) {
        this.in = ByteBuffer.wrap(payload, offset, length);
    }

    private void need(int bytes) throws EOFException {
        if (in.remaining() < bytes) throw new EOFException("payload ends " + (bytes - in.remaining()) + " bytes early");
    }

    int readInt() throws IOException {
        need(Integer.BYTES);
        return in.getInt();
    }

    long readLong() throws IOException {
        need(Long.BYTES);
        return in.getLong();
    }

    byte readByte() throws IOException {
        need(1);
        return in.get();
    }

    boolean readBoolean() throws IOException {
        return readByte() != 0;
    }

    void readFully(byte[] into) throws IOException {
        need(into.length);
        in.get(into);
    }

    /** The next {@code length} bytes, as UTF-8. */
    String utf8(int length) throws IOException {
        need(length);
        String s = new String(in.array(), in.position(), length, java.nio.charset.StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }

    /** The next {@code length} bytes, a search term in UTF-8, as {@code pool} spells it. */
    String term(int length, dev.tolk.search.TermPool pool) throws IOException {
        need(length);
        String s = pool.of(in.array(), in.arrayOffset() + in.position(), length);
        in.position(in.position() + length);
        return s;
    }

    /** A string as {@link java.io.DataOutputStream#writeUTF} wrote it (modified UTF-8, its length first). */
    String readUTF() throws IOException {
        need(2);
        int length = Short.toUnsignedInt(in.getShort(in.position()));
        need(2 + length);
        String s = new DataInputStream(new ByteArrayInputStream(in.array(), in.position(), 2 + length)).readUTF();
        in.position(in.position() + 2 + length);
        return s;
    }

    /** Passes over the next {@code length} bytes. */
    void skip(int length) throws IOException {
        need(length);
        in.position(in.position() + length);
    }

    /** A copy of the {@code length} bytes from {@code from}, bytes read already. */
    byte[] copy(int from, int length) {
        if (from < 0 || length < 0 || from + length > in.position()) throw new IndexOutOfBoundsException(from + "+" + length);
        return java.util.Arrays.copyOfRange(in.array(), from, from + length);
    }

    /** How many bytes were read. */
    int position() {
        return in.position();
    }

    /** The bytes not read yet. */
    int available() {
        return in.remaining();
    }
}
