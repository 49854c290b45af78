package dev.tolk.source;

/**
 * A text that counts the characters read from it: each {@link #charAt}, and the length of each
 * copy taken ({@link #subSequence}, {@link #toString}). Work measured this way is the same on
 * every machine and under any load, unlike a clock: tests hold code linear by comparing counts.
 */
public final class CountedText implements CharSequence {
    private final String text;
    private long reads;

    public CountedText(String text) {
        this.text = text;
    }

    public long reads() {
        return reads;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        reads++;
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        reads += end - start;
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        reads += text.length();
        return text;
    }
}
