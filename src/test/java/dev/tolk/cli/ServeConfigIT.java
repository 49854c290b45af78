package dev.tolk.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.config.SiteConfig;
import dev.tolk.serve.Preview;
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
import java.util.ArrayList;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tolk serve} of a DocFX docset without a tolk.yaml: its configuration is docfx.json and the repository's
 * redirection files, and a change of either is served as {@code tolk build} would build it (a titleSuffix changed in
 * docfx.json left 194 of 209 served files as they were; a redirection file created at the repository's root was never
 * taken in).
 */
class ServeConfigIT {

    @Test
    void aChangedDocfxJsonOrANewRedirectionFileIsServed(@TempDir Path tmp) throws Exception {
        Path repo = tmp.resolve("repo");
        Path docs = Files.createDirectories(repo.resolve("docs"));
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(docs.resolve("docfx.json"), docfx("Old Suffix"));
        Files.writeString(docs.resolve("index.md"), "---\ntitle: Page A\n---\n# Page A\n");
        ConfigOption option = new ConfigOption();
        option.none = true;
        Preview.ConfigSource reload = () -> {
            ConfigOption.Loaded loaded = option.load(docs, new ArrayList<>());
            return loaded.problems().isEmpty() ? Optional.of(loaded.config()) : Optional.empty();
        };
        SiteConfig config = reload.load().orElseThrow();
        StringWriter log = new StringWriter();
        try (Preview preview = new Preview(config, reload, new Preview.Options(docs, Path.of("templates").toAbsolutePath(),
                tmp.resolve("tolk.yaml"), 2, tmp), InetAddress.getLoopbackAddress(), 0, new PrintWriter(log))) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = "http://127.0.0.1:" + preview.port();
            HttpRequest page = HttpRequest.newBuilder(URI.create(base + "/en-US/index.html")).build();
            assertTrue(http.send(page, HttpResponse.BodyHandlers.ofString()).body().contains("Page A | Old Suffix"));

            Files.writeString(docs.resolve("docfx.json"), docfx("New Suffix"));
            Await.until(Duration.ofSeconds(30), () -> http.send(page, HttpResponse.BodyHandlers.ofString()).body()
                    .contains("Page A | New Suffix"), () -> "docfx.json's change is served: " + log);

            HttpRequest old = HttpRequest.newBuilder(URI.create(base + "/en-US/old.html")).build();
            Files.writeString(repo.resolve(".openpublishing.redirection.json"),
                    "{ \"redirections\": [ { \"source_path\": \"docs/old.md\", \"redirect_url\": \"index\" } ] }");
            Await.until(Duration.ofSeconds(30), () -> http.send(old, HttpResponse.BodyHandlers.ofString()).statusCode() == 200,
                    () -> "the new redirection is served: " + log);
        }
    }

    private static String docfx(String suffix) {
        return "{ \"build\": { \"content\": [ { \"files\": [\"**/*.md\"] } ], \"globalMetadata\": { \"titleSuffix\": \"" + suffix
                + "\" } } }";
    }
}
