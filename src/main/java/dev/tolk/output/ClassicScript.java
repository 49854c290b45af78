package dev.tolk.output;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page script written as an ES module, turned into a classic script, so that the site works
 * opened from disk: browsers refuse module scripts on {@code file://} (their origin is opaque), but
 * run classic ones. The module becomes a function run once in strict mode; each
 * {@code import { a, b as c } from './x.js';} becomes {@code const { a, b: c } = …} of the sibling
 * module inlined the same way, returning its exports; {@code export} before a declaration is
 * dropped. That is all the syntax the theme's scripts use: a module with anything else (a default
 * export, an export list, a dynamic or bare import) is not turned, and empty is returned.
 */
public final class ClassicScript {
    private static final Pattern IMPORT = Pattern.compile(
            "(?m)^import\\s*\\{([^}]*)}\\s*from\\s*['\"]\\./([\\w.-]+\\.m?js)['\"]\\s*;?[ \\t]*$");
    private static final Pattern EXPORT = Pattern.compile("(?m)^export\\s+((?:async\\s+)?function\\*?|const|let|var|class)\\s+([\\w$]+)");
    private static final Pattern UNSUPPORTED = Pattern.compile("(?m)^\\s*(export\\b|import\\b)|\\bimport\\s*\\(|\\bimport\\.meta\\b");

    private ClassicScript() {
    }

    /** The classic script of {@code module}; {@code sibling} reads a module it imports (null when there is none). */
    public static Optional<String> of(String module, Function<String, String> sibling) {
        try {
            return Optional.of("(function () {\n\"use strict\";\n" + body(module, sibling, new HashSet<>()) + "})();\n");
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String body(String module, Function<String, String> sibling, Set<String> inlined) {
        StringBuilder out = new StringBuilder();
        Matcher m = IMPORT.matcher(module);
        while (m.find()) {
            String name = m.group(2);
            String dependency = sibling.apply(name);
            if (dependency == null || !inlined.add(name)) throw new IllegalArgumentException(name);
            String bindings = m.group(1).strip().replaceAll("\\s+as\\s+", ": ");
            m.appendReplacement(out, Matcher.quoteReplacement("const { " + bindings + " } = (function () {\n"
                    + body(dependency, sibling, inlined) + "return { " + String.join(", ", exports(dependency)) + " };\n})();"));
        }
        m.appendTail(out);
        String text = EXPORT.matcher(out).replaceAll("$1 $2");
        if (UNSUPPORTED.matcher(text).find()) throw new IllegalArgumentException("unsupported module syntax");
        return text.endsWith("\n") ? text : text + "\n";
    }

    private static Set<String> exports(String module) {
        Set<String> names = new java.util.LinkedHashSet<>();
        Matcher m = EXPORT.matcher(module);
        while (m.find()) names.add(m.group(2));
        return names;
    }
}
