package dev.tolk.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tolk.config.ConfigLoader;
import dev.tolk.config.SiteConfig;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19: with {@code active-content: download}, {@code tolk serve} sends content HTML and SVG
 * files as attachments in a sandbox, never as pages of the preview's origin; Tolk's own pages
 * are served as ever.
 */
class ActiveContentServeIT {

    @Test
    void contentHtmlAndSvgAreServedAsAttachments(@TempDir Path tmp) throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content/nl-NL"));
        Files.writeString(content.resolve("a.md"), "---\ntitle: A\n---\n# A\n\n[Pagina](page.html)\n");
        Files.writeString(content.resolve("page.html"), "<script>alert(1)</script>");
        Files.writeString(content.resolve("chart.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(2)\"/>");
        SiteConfig config = new ConfigLoader().load("active-content: download\n").config();
        try (Preview preview = new Preview(config, new Preview.Options(tmp.resolve("content"), Path.of("templates").toAbsolutePath(),
                tmp.resolve("tolk.yaml"), 2, tmp), InetAddress.getLoopbackAddress(), 0, new PrintWriter(new StringWriter()))) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = "http://127.0.0.1:" + preview.port();

            HttpResponse<String> html = http.send(HttpRequest.newBuilder(URI.create(base + "/nl-NL/page.html")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, html.statusCode());
            assertEquals("attachment; filename=\"page.html\"", html.headers().firstValue("Content-Disposition").orElse(""));
            assertEquals("sandbox", html.headers().firstValue("Content-Security-Policy").orElse(""));
            assertEquals("<script>alert(1)</script>", html.body(), "as written, without the live-reload script");

            HttpResponse<String> svg = http.send(HttpRequest.newBuilder(URI.create(base + "/nl-NL/chart.svg")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(svg.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
            assertTrue(svg.body().contains("onload"), "as written");

            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/nl-NL/a.html")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertFalse(page.headers().firstValue("Content-Disposition").isPresent(), "Tolk's pages are pages");
            assertTrue(page.body().contains("<a href=\"page.html\" download=\"\">"), page.body());
            assertTrue(page.body().contains("/__tolk/reload.js"));
        }
    }
}
