package dev.tolk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.parse.YamlReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code action.yml}, the composite GitHub Action, run as a runner runs it: each {@code run} step's
 * script with bash ({@code -eo pipefail}, as {@code shell: bash} does), its {@code env} filled in
 * from the inputs ({@code ${{ inputs.x }}}, defaults where not given) and {@code github.action_path}
 * (this checkout), in a project folder. The {@code uses} steps (setup-java, upload-sarif) are
 * other actions: their conditions are checked, not run. And the example workflow gives only inputs
 * the action has.
 */
class ActionStepsIT {
    private static final Path REPO = Path.of("").toAbsolutePath();
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(inputs\\.([a-z-]+)|github\\.action_path)\\s*}}");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> action() throws Exception {
        var read = new YamlReader().read(Files.readString(REPO.resolve("action.yml")));
        if (read instanceof YamlReader.Failure f) throw new AssertionError("action.yml is not valid YAML: " + f);
        return (Map<String, Object>) ((YamlReader.Values) read).value();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps() throws Exception {
        return (List<Map<String, Object>>) ((Map<String, Object>) action().get("runs")).get("steps");
    }

    private record Ran(int exit, String output) {
    }

    /** Runs every {@code run} step with the inputs given (the others at their defaults); stops at the first that fails. */
    @SuppressWarnings("unchecked")
    private static Ran runSteps(Path project, Map<String, String> given) throws Exception {
        Map<String, String> inputs = new HashMap<>();
        ((Map<String, Object>) action().get("inputs")).forEach((name, spec) ->
                inputs.put(name, String.valueOf(((Map<String, Object>) spec).getOrDefault("default", ""))));
        for (String name : given.keySet()) assertTrue(inputs.containsKey(name), "no input " + name);
        inputs.putAll(given);
        StringBuilder output = new StringBuilder();
        for (Map<String, Object> step : steps()) {
            if (!step.containsKey("run")) continue;
            assertEquals("bash", step.get("shell"));
            ProcessBuilder pb = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", (String) step.get("run"))
                    .directory(project.toFile()).redirectErrorStream(true);
            Map<String, Object> env = (Map<String, Object>) step.getOrDefault("env", Map.of());
            env.forEach((k, v) -> pb.environment().put(k, fill(String.valueOf(v), inputs)));
            Process p = pb.start();
            output.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the step did not finish: " + output);
            if (p.exitValue() != 0) return new Ran(p.exitValue(), output.toString());
        }
        return new Ran(0, output.toString());
    }

    private static String fill(String value, Map<String, String> inputs) {
        Matcher m = EXPRESSION.matcher(value);
        StringBuilder b = new StringBuilder();
        while (m.find()) m.appendReplacement(b, Matcher.quoteReplacement(m.group(2) != null ? inputs.get(m.group(2)) : REPO.toString()));
        m.appendTail(b);
        assertFalse(b.toString().contains("${{"), "an expression the test does not know: " + value);
        return b.toString();
    }

    private static Path project(Path tmp) throws Exception {
        Path p = tmp.resolve("docs");
        Files.createDirectories(p.resolve("content/nl-NL"));
        Files.createDirectories(p.resolve("content/de-DE"));
        Files.writeString(p.resolve("content/nl-NL/a.md"), "---\ntitle: A\n---\n# A\n\n[weg](nergens.md)\n");
        Files.writeString(p.resolve("content/de-DE/b.md"), "# Kein Front Matter\n");
        return p;
    }

    @Test
    void findingsBecomeAnnotationsAndASarifReportAndFailTheStep(@TempDir Path tmp) throws Exception {
        Path p = project(tmp);
        Ran ran = runSteps(p, Map.of("locales", "nl-NL,de-DE", "sarif", "true")); // the default: this checkout's ./tolk
        assertEquals(1, ran.exit(), ran.output());
        assertTrue(ran.output().contains("::error file=content/nl-NL/a.md,line=6,"), ran.output());
        assertTrue(ran.output().contains("::warning file=content/de-DE/b.md,line=1,"), ran.output());
        String sarif = Files.readString(p.resolve("tolk.sarif"));
        assertTrue(sarif.contains("\"version\": \"2.1.0\"") && sarif.contains("link/broken"), sarif);
    }

    @Test
    void failOnAndLocalesAreTheChecksOptions(@TempDir Path tmp) throws Exception {
        Path p = project(tmp);
        String jar = "java -jar " + REPO.resolve("target/tolk.jar");
        Ran dutchWarnings = runSteps(p, Map.of("locales", "de-DE", "fail-on", "warning", "tolk", jar));
        assertEquals(1, dutchWarnings.exit(), dutchWarnings.output());
        assertFalse(dutchWarnings.output().contains("nl-NL/a.md"), "only the locales asked for: " + dutchWarnings.output());
        Ran errorsOnly = runSteps(p, Map.of("locales", "de-DE", "fail-on", "error", "tolk", jar));
        assertEquals(0, errorsOnly.exit(), errorsOnly.output());
        assertFalse(Files.exists(p.resolve("tolk.sarif")), "no SARIF unless asked");
    }

    @Test
    void theOtherActionsRunOnlyWhenAsked() throws Exception {
        List<Map<String, Object>> steps = steps();
        assertEquals("actions/setup-java@v4", steps.get(0).get("uses"));
        assertEquals("inputs.setup-java == 'true'", steps.get(0).get("if"));
        Map<String, Object> last = steps.get(steps.size() - 1);
        assertEquals("github/codeql-action/upload-sarif@v3", last.get("uses"));
        assertEquals("always() && inputs.sarif == 'true'", last.get("if"));
        assertEquals("composite", ((Map<?, ?>) action().get("runs")).get("using"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExampleWorkflowGivesOnlyInputsTheActionHas() throws Exception {
        var read = new YamlReader().read(Files.readString(REPO.resolve("examples/ci/github-check.yml")));
        if (read instanceof YamlReader.Failure f) throw new AssertionError("github-check.yml is not valid YAML: " + f);
        Map<String, Object> workflow = (Map<String, Object>) ((YamlReader.Values) read).value();
        List<Map<String, Object>> steps = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) workflow.get("jobs"))
                .get("check")).get("steps");
        List<Map<String, Object>> uses = new ArrayList<>(steps.stream().filter(s -> String.valueOf(s.get("uses")).endsWith("/tolk@main")).toList());
        assertEquals(1, uses.size(), steps.toString());
        Map<String, Object> inputs = (Map<String, Object>) action().get("inputs");
        for (Object name : ((Map<String, Object>) uses.get(0).get("with")).keySet()) assertTrue(inputs.containsKey(name), "no input " + name);
    }
}
