package dev.tolk.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server's safety: nothing outside the site, only local Host names, GET and HEAD, and it holds under load. */
class SiteServerIT {
    @TempDir
    Path tmp;
    private SiteServer server;

    @BeforeEach
    void start() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("site/nl-NL"));
        Files.writeString(site.resolve("a.html"), "<p>Artikel</p>");
        Files.writeString(tmp.resolve("site/index.html"), "<p>Kies</p>");
        Files.writeString(tmp.resolve("site/404.html"), "<p>Niet gevonden</p>");
        Files.writeString(tmp.resolve("secret.txt"), "TOPSECRET");
        Files.createSymbolicLink(tmp.resolve("site/nl-NL/link.txt"), tmp.resolve("secret.txt"));
        Files.createSymbolicLink(tmp.resolve("site/out"), tmp);
        server = new SiteServer(tmp.resolve("site"), InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Sends one request exactly as written (no client normalizes it) and returns the whole response. */
    private String raw(String method, String path, String host) throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int status(String response) {
        return response.isEmpty() ? 0 : Integer.parseInt(response.substring(9, 12));
    }

    /**
     * Issue 19: four sockets that sent a request line and a Host header and then nothing blocked
     * every later request (no read timeout). The tests run with maxReqTime 2 s (pom): the stalled
     * ones are cut, and a request from a well-behaved client is answered meanwhile or soon after.
     */
    @Test
    void clientsThatStopHalfwayDoNotStallThePreview() throws Exception {
        List<Socket> stalled = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
                s.getOutputStream().write("GET /nl-NL/a.html HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
                stalled.add(s);
            }
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
            String answer = raw("GET", "/nl-NL/a.html", "localhost");
            assertEquals(200, status(answer), answer);
            assertTrue(System.nanoTime() < deadline, "answered only after the deadline");
            for (Socket s : stalled) {
                s.setSoTimeout(10_000);
                assertEquals(-1, s.getInputStream().read(), "a stalled request's connection is closed by the server");
            }
        } finally {
            for (Socket s : stalled) s.close();
        }
    }

    /** Issue 19: each dropped live-reload stream kept its file descriptor; the next event or heartbeat releases it. */
    @Test
    void droppedEventStreamsAreClosed() throws Exception {
        long before = openFiles();
        for (int i = 0; i < 40; i++) {
            Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
            s.getOutputStream().write(("GET /__tolk/events HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            s.setSoTimeout(5000);
            byte[] head = new byte[12];
            assertEquals(12, s.getInputStream().readNBytes(head, 0, 12));
            s.close(); // the page goes away
        }
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        int listeners;
        do {
            server.swap(server.content(), 2, List.of()); // a build finishes: every stream is written to
            listeners = server.listeners();
            if (listeners == 0) break;
            java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
        } while (System.nanoTime() < deadline);
        assertEquals(0, listeners, "every stream of a page that went is closed");
        long open;
        do { // the sockets are released (the server had kept one file descriptor per dropped stream)
            open = openFiles();
            if (open <= before + 4) break;
            java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
        } while (System.nanoTime() < deadline);
        assertTrue(open <= before + 4, "open files: " + before + " before, " + open + " after 40 dropped streams");
    }

    /** The file descriptors this JVM has open (Linux). */
    private static long openFiles() throws java.io.IOException {
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }

    @Test
    void servesPagesAndFolderIndexes() throws Exception {
        String a = raw("GET", "/nl-NL/a.html", "localhost:" + server.port());
        assertEquals(200, status(a));
        assertTrue(a.contains("Artikel") && a.contains("text/html"));
        assertTrue(raw("GET", "/", "127.0.0.1").contains("Kies"));
        String head = raw("HEAD", "/nl-NL/a.html", "[::1]:" + server.port());
        assertEquals(200, status(head));
        assertFalse(head.contains("Artikel"));
    }

    @Test
    void noRequestReachesAFileOutsideTheSite() throws Exception {
        List<String> attempts = List.of("/../secret.txt", "/nl-NL/../../secret.txt", "/..%2fsecret.txt", "/..%2Fsecret.txt",
                "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/%2e%2e%2fsecret.txt", "/nl-NL/%2e%2e/%2e%2e/secret.txt",
                "/..\\secret.txt", "/..%5csecret.txt", "/..%5Csecret.txt", "/%252e%252e/secret.txt", "/..%c0%afsecret.txt",
                "/..%e0%80%afsecret.txt", "/.%2e/secret.txt", "/%2e./secret.txt", "/nl-NL/link.txt", "/out/secret.txt",
                "/out/site/../secret.txt", "//secret.txt", "/./../secret.txt", "/nl-NL/./../../secret.txt",
                "/secret.txt%00.html", "/nl-NL/a.html%00", "/%00/../secret.txt", "/....//secret.txt", "/..;/secret.txt",
                "/nl-NL/..%2f..%2fsecret.txt", "/%c0%ae%c0%ae/secret.txt", "/..%u2215secret.txt", "/" + tmp.resolve("secret.txt"),
                "/file:" + tmp.resolve("secret.txt"), "/C:\\secret.txt", "/nl-NL/%2e%2e%5c%2e%2e%5csecret.txt");
        assertTrue(attempts.size() >= 30);
        for (String path : attempts) {
            String response = raw("GET", path, "localhost");
            assertFalse(response.contains("TOPSECRET"), path + " leaked the file");
            int status = status(response);
            assertTrue(status == 404 || status == 400, path + " answered " + status);
        }
    }

    @Test
    void aForeignHostIsRefused() throws Exception {
        for (String host : List.of("evil.example", "localhost.evil.example", "127.0.0.1.nip.io", "10.0.0.1", "[::2]", "")) {
            assertEquals(403, status(raw("GET", "/nl-NL/a.html", host)), host);
        }
        assertTrue(SiteServer.allowedHost("LOCALHOST:8000"));
        assertFalse(SiteServer.allowedHost("localhost:80x"));
    }

    @Test
    void onlyGetAndHead() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS", "TRACE")) {
            String response = raw(method, "/nl-NL/a.html", "localhost");
            assertEquals(405, status(response), method);
        }
    }

    @Test
    void fiftyConcurrentClientsMakeAThousandRequestsWithoutError() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(50);
        AtomicInteger ok = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < 50; c++) {
            done.add(clients.submit(() -> {
                for (int r = 0; r < 20; r++) {
                    if (status(raw("GET", r % 2 == 0 ? "/nl-NL/a.html" : "/", "localhost")) == 200) ok.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : done) f.get();
        clients.shutdown();
        assertEquals(1000, ok.get());
    }
}
