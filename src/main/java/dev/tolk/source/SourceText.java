package dev.tolk.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of one input file, decoded as UTF-8. A leading byte-order mark is removed from
 * {@link #text()} but remembered ({@link #hadBom()}), so that positions stay those an editor
 * shows and the caller can report it. Bytes that are not UTF-8 are replaced by U+FFFD and
 * flagged ({@link #malformed()}) instead of failing the read.
 */
public record SourceText(String text, boolean hadBom, boolean malformed) {

    public static SourceText read(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }

    public static SourceText decode(byte[] bytes) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        String text = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
        // the lenient decoder marks bad bytes with U+FFFD; only then is a strict decode needed
        // to tell them from a U+FFFD the writer really typed
        return new SourceText(text, skip > 0, text.indexOf('\uFFFD') >= 0 && !strictlyValid(bytes, skip));
    }

    private static boolean strictlyValid(byte[] bytes, int skip) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
