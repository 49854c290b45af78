package dev.tolk.l10n;

import java.util.List;

/**
 * One piece of a unit's inline content as a translator sees it in XLIFF: text, or an inline
 * code standing for Markdown syntax. {@code start}/{@code end} are offsets in the Markdown the
 * piece was read from (-1 for pieces read from XLIFF). Codes carry the exact Markdown of their
 * delimiters ({@link Code}); ids are the XLIFF code ids, unique within a unit.
 */
sealed interface Inline {
    int start();

    int end();

    /** The code id; null for text. */
    default String id() {
        return null;
    }

    /** What the code stands for; null for text. */
    default Code code() {
        return null;
    }

    /** The same code with another id (text is returned as it is). */
    Inline withId(String id);

    /** Plain text, with Markdown escapes and entities already decoded. */
    record Text(String text, int start, int end) implements Inline {
        @Override
        public Inline withId(String id) {
            return this;
        }
    }

    /** A standalone code ({@code <ph>}): inline code, an image, an HTML tag, a stray delimiter. */
    record Ph(String id, Code code, int start, int end) implements Inline {
        @Override
        public Inline withId(String id) {
            return new Ph(id, code, start, end);
        }
    }

    /** A paired code ({@code <pc>}) around content: emphasis, a link. */
    record Pc(String id, Code code, List<Inline> content, int start, int end) implements Inline {
        @Override
        public Inline withId(String id) {
            return new Pc(id, code, content, start, end);
        }

        Pc withContent(List<Inline> content) {
            return new Pc(id, code, content, start, end);
        }
    }

    /** The start of a span whose end is in another unit ({@code <sc isolated="yes">}): a link split over two units. */
    record Sc(String id, Code code, int start, int end) implements Inline {
        @Override
        public Inline withId(String id) {
            return new Sc(id, code, start, end);
        }
    }

    /** The end of a span that started in another unit ({@code <ec isolated="yes">}). */
    record Ec(String id, Code code, int start, int end) implements Inline {
        @Override
        public Inline withId(String id) {
            return new Ec(id, code, start, end);
        }
    }

    /**
     * What a code stands for: its kind, the Markdown of its start (or the whole code for a
     * {@code ph}) and of its end ({@code pc} only, else empty), and what a translator is shown.
     */
    record Code(Kind kind, String data, String dataEnd) {
        String disp() {
            return switch (kind) {
                case CODE, HTML, MARK -> data;
                case IMAGE -> "[image]";
                case LINK -> dataEnd.isEmpty() ? "[link" : "link]";
                case BOLD -> "bold";
                case ITALIC -> "italic";
            };
        }
    }

    /** The kinds of inline codes; {@code xliffType} is the XLIFF {@code type}, {@code fixed} whether a target must keep it ({@code canDelete="no"}). */
    enum Kind {
        BOLD("fmt", false), ITALIC("fmt", false), LINK("link", true), IMAGE("image", true), CODE("other", true),
        HTML("other", false), MARK("other", false);

        final String xliffType;
        final boolean fixed;

        Kind(String xliffType, boolean fixed) {
            this.xliffType = xliffType;
            this.fixed = fixed;
        }
    }
}
