package dev.tolk.maven;

import java.io.Writer;
import java.util.function.Consumer;

/** A writer that hands each complete line to the build log; remembers the last one. */
final class LogLines extends Writer {
    private final Consumer<CharSequence> log;
    private final StringBuilder line = new StringBuilder();
    private String last = "";

    LogLines(Consumer<CharSequence> log) {
        this.log = log;
    }

    @Override
    public synchronized void write(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (c == '\n') {
                emit();
            } else if (c != '\r') {
                line.append(c);
            }
        }
    }

    private void emit() {
        String text = line.toString();
        line.setLength(0);
        log.accept(text);
        if (!text.isBlank()) last = text;
    }

    @Override
    public void flush() { }

    @Override
    public synchronized void close() {
        if (line.length() > 0) emit();
    }

    /** The last line that was not blank, or empty. */
    synchronized String lastLine() {
        return last;
    }
}
