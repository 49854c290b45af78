package dev.tolk.proration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The Java core against every row of {@code ../shared/calculator/vectors.csv}: every output cell equal. */
class VectorsTest {
    static final Path VECTORS = dev.tolk.SharedData.vectors();

    static List<Map<String, String>> rows() throws Exception {
        List<List<String>> table = ProrationCsv.parse(Files.readString(VECTORS));
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> cells : table.subList(1, table.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < cells.size(); i++) row.put(table.get(0).get(i), cells.get(i));
            rows.add(row);
        }
        return rows;
    }

    @TestFactory
    Stream<DynamicTest> everyRowOfTheVectors() throws Exception {
        List<Map<String, String>> rows = rows();
        assertEquals(true, rows.size() >= 27, "rows: " + rows.size());
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.get("id") + " " + row.get("case"), () -> {
            Map<String, String> out = ProrationCsv.outputs(Proration.compute(ProrationCsv.input(row)));
            for (String column : ProrationCsv.OUTPUTS) {
                assertEquals(row.get(column), out.get(column), row.get("id") + " " + column);
            }
        }));
    }

    @Test
    void recomputingTheVectorsReproducesTheFileByteForByte() throws Exception {
        String original = Files.readString(VECTORS);
        assertEquals(original, ProrationCsv.recompute(original));
        // and the output columns really are recomputed, not copied
        String blanked = original.replace(",\"EUR\u00A062,50\",\"EUR\u00A062,50\",16-06-2024", ",,,");
        assertEquals(false, blanked.equals(original));
        assertEquals(original, ProrationCsv.recompute(blanked));
    }
}
