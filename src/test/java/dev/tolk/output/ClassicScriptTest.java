package dev.tolk.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Module scripts turned classic, for a site opened from {@code file://}. */
class ClassicScriptTest {
    @Test
    void importsAreInlinedAsTheExportsOfTheSiblingAndExportsAreDropped() {
        Map<String, String> siblings = Map.of("math.js", "const hidden = 2;\nexport function twice(x) {\n  return x * hidden;\n}\n"
                + "export const ONE = 1;\n");
        String classic = ClassicScript.of("import { twice, ONE as one } from './math.js';\nexport function run() {\n  return twice(one);\n}\n",
                siblings::get).orElseThrow();
        assertEquals("""
                (function () {
                "use strict";
                const { twice, ONE: one } = (function () {
                const hidden = 2;
                function twice(x) {
                  return x * hidden;
                }
                const ONE = 1;
                return { twice, ONE };
                })();
                function run() {
                  return twice(one);
                }
                })();
                """, classic);
    }

    @Test
    void syntaxItDoesNotTurnLeavesTheModuleAsItIs() {
        assertEquals(Optional.empty(), ClassicScript.of("export default 1;\n", n -> null));
        assertEquals(Optional.empty(), ClassicScript.of("export { a };\n", n -> null));
        assertEquals(Optional.empty(), ClassicScript.of("const m = await import('./x.js');\n", n -> null));
        assertEquals(Optional.empty(), ClassicScript.of("import { a } from './missing.js';\n", n -> null));
        assertTrue(ClassicScript.of("document.title = 'x';\n", n -> null).isPresent(), "a plain script is wrapped");
    }
}
