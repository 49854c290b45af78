package dev.tolk.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The linear inline parser builds exactly the tree flexmark's own builds. */
class LinearInlineParserTest {
    private static final MutableDataSet OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.<Extension>of(TablesExtension.create()));

    private static String tree(Parser parser, String markdown) {
        StringBuilder sb = new StringBuilder();
        dump(parser.parse(markdown), 0, sb);
        return sb.toString();
    }

    private static void dump(Node node, int depth, StringBuilder sb) {
        sb.append("  ".repeat(depth)).append(node.getClass().getSimpleName()).append('[')
          .append(node.getStartOffset()).append(',').append(node.getEndOffset()).append("]\n");
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) dump(c, depth + 1, sb);
    }

    @Test
    void buildsTheSameTreeAsFlexmarkOnTheSampleContent() throws IOException {
        Parser stock = Parser.builder(OPTIONS).build();
        Parser linear = Parser.builder(OPTIONS).customInlineParserFactory(LinearInlineParser::new).build();
        List<Path> files;
        try (Stream<Path> s = Stream.concat(Files.walk(Path.of("content")), Files.walk(Path.of("examples")))) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (Path f : files) {
            String text = Files.readString(f);
            assertEquals(tree(stock, text), tree(linear, text), f.toString());
        }
        String tricky = "[a](<b c> \"t\") [d]: e\n\n[d]\n\n<http://x.y> &amp; &#123; `c` ![i](j 'k') \\* <span a='1'>x</span>\n";
        assertEquals(tree(stock, tricky), tree(linear, tricky));
    }
}
