package dev.tolk.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.config.SiteConfig;
import dev.tolk.testing.Await;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tolk serve as a writer meets it: a saved change is rebuilt, served, and open pages are told to reload. */
class PreviewIT {

    @Test
    void aSavedChangeIsServedAndOpenPagesReload(@TempDir Path tmp) throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content/nl-NL"));
        Path article = content.resolve("a.md");
        Files.writeString(article, "---\ntitle: A\n---\n# Eerste versie\n");
        Files.writeString(content.resolve("b.md"), "# Geen front matter\n");
        StringWriter log = new StringWriter();
        try (Preview preview = new Preview(SiteConfig.defaults(), new Preview.Options(tmp.resolve("content"),
                Path.of("templates").toAbsolutePath(), tmp.resolve("tolk.yaml"), 2, tmp), InetAddress.getLoopbackAddress(), 0,
                new PrintWriter(log))) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = "http://127.0.0.1:" + preview.port();
            String page = http.send(HttpRequest.newBuilder(URI.create(base + "/nl-NL/a.html")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(page.contains("Eerste versie"), page);
            assertTrue(page.contains("<script type=\"module\" src=\"/__tolk/reload.js\"></script>"), "live reload script");
            String diagnostics = http.send(HttpRequest.newBuilder(URI.create(base + "/__tolk/diagnostics.json")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(diagnostics.startsWith("[\"") && diagnostics.contains("b.md:1:1: warning: article has no front matter [frontmatter/missing]"),
                    diagnostics);

            List<String> events = new CopyOnWriteArrayList<>();
            // read on a thread of the pool, never this one: thenAccept runs its action right here when the response has
            // already come, and this stream does not end (a fresh-clone CI run at cc165cf hung on it)
            http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/__tolk/events")).build(), HttpResponse.BodyHandlers.ofLines())
                    .thenAcceptAsync(r -> r.body().forEach(events::add));
            // the stream is open once its first line arrives
            Await.until(Duration.ofSeconds(20), () -> events.contains(": connected"), () -> "no event stream: " + events);
            Files.writeString(article, "---\ntitle: A\n---\n# Tweede versie\n");
            HttpRequest again = HttpRequest.newBuilder(URI.create(base + "/nl-NL/a.html")).build();
            Await.until(Duration.ofSeconds(20), () -> http.send(again, HttpResponse.BodyHandlers.ofString()).body().contains("Tweede versie"),
                    () -> "the change is served: " + log);
            Await.until(Duration.ofSeconds(20), () -> events.contains("event: reload"), events::toString);
            HttpResponse<String> foreign = http.send(HttpRequest.newBuilder(URI.create(base + "/__tolk/events"))
                    .header("Origin", "https://evil.example").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, foreign.statusCode());
        }
    }

    /** {@code serve --locale} serves that locale and the source locale, as {@code build --locale} builds them. */
    @Test
    void aPreviewOfOneLocaleServesItAndTheSourceLocale(@TempDir Path tmp) throws Exception {
        for (String locale : List.of("nl-NL", "de-DE")) {
            Path dir = Files.createDirectories(tmp.resolve("content/" + locale));
            Files.writeString(dir.resolve("a.md"), "---\ntitle: A\nms.contentlocale: " + locale + "\n---\n# A " + locale + "\n");
        }
        try (Preview preview = new Preview(SiteConfig.defaults(), new Preview.Options(tmp.resolve("content"),
                Path.of("templates").toAbsolutePath(), tmp.resolve("tolk.yaml"), 2, tmp, null, List.of("de-DE")),
                InetAddress.getLoopbackAddress(), 0, new PrintWriter(new StringWriter()))) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = "http://127.0.0.1:" + preview.port();
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(base + "/de-DE/a.html")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(base + "/nl-NL/a.html")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }
}
