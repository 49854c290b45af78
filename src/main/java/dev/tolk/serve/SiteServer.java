package dev.tolk.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.tolk.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Serves a built site for preview, safe by default: the JDK's own HTTP server (no dependency),
 * bound to the address given (the command binds 127.0.0.1 unless asked otherwise), answering
 * only requests whose {@code Host} is {@code localhost}, {@code 127.0.0.1} or {@code [::1]} (so a
 * web page cannot reach it through DNS rebinding), GET and HEAD only, no directory listings, and
 * nothing outside the site folder ({@link RequestPaths}; symbolic links are not followed out).
 */
public final class SiteServer implements AutoCloseable {
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("xml", "application/xml"), Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("svg", "image/svg+xml"), Map.entry("webp", "image/webp"), Map.entry("ico", "image/x-icon"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("pdf", "application/pdf"));

    /** The files of a site by site-relative path ({@code /}-separated, already checked by {@link RequestPaths}). */
    public interface Content {
        /** The bytes of the file at {@code path}, or empty if the site has no such file. */
        Optional<byte[]> read(String path) throws IOException;

        /** Whether the file at {@code path} is to be downloaded, never opened in the site ({@code active-content: download}). */
        default boolean download(String path) {
            return false;
        }

        /** A site built in memory. */
        static Content of(dev.tolk.output.MemorySite site) {
            return new Content() {
                @Override
                public Optional<byte[]> read(String path) throws IOException {
                    return site.read(path);
                }

                @Override
                public boolean download(String path) {
                    return site.download(path);
                }
            };
        }
    }

    /** How long a client may take to send a request (line, headers, body). */
    static final int REQUEST_SECONDS = 10;
    /** Handler threads; a preview has a few tabs and their assets to serve, not thousands of clients. */
    static final int HANDLERS = 64;
    private static final int HEARTBEAT_SECONDS = 15;
    private final HttpServer server;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tolk-serve-heartbeat");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService executor;
    private volatile Content content;
    private final LiveReload reload = new LiveReload();
    private volatile java.util.List<String> diagnostics = java.util.List.of();

    /** Starts serving the site in the folder {@code siteRoot} on {@code address}:{@code port} (0: any free port). */
    public SiteServer(Path siteRoot, InetAddress address, int port) throws IOException {
        this(folder(siteRoot), address, port);
    }

    /** Starts serving {@code site} on {@code address}:{@code port} (0: any free port). */
    public SiteServer(Content site, InetAddress address, int port) throws IOException {
        this.content = site;
        requestDeadline();
        this.server = HttpServer.create(new InetSocketAddress(address, port), 128);
        // a handler thread blocks while its client sends the request: enough of them that a few slow
        // or stalled clients (cut after REQUEST_SECONDS) leave the others served
        this.executor = Executors.newFixedThreadPool(HANDLERS, r -> {
            Thread t = new Thread(r, "tolk-serve");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        heartbeat.scheduleWithFixedDelay(reload::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * A client that sends part of a request and then nothing held a handler thread for ever, and
     * four such blocked the preview. The JDK's server closes a connection whose request has not
     * arrived within {@code sun.net.httpserver.maxReqTime} seconds, a setting it reads once, when
     * its first server is made; set here unless the JVM was started with it. The response time
     * stays unlimited: the live-reload stream is one long response.
     */
    static void requestDeadline() {
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", String.valueOf(REQUEST_SECONDS));
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        boolean keepOpen = false;
        try {
            String method = exchange.getRequestMethod();
            if (!allowedHost(exchange.getRequestHeaders().getFirst("Host"))) {
                send(exchange, 403, "text/plain; charset=utf-8", "Forbidden: this preview answers only localhost.\n");
                return;
            }
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed.\n");
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            if (rawPath.equals(LiveReload.SCRIPT_PATH)) {
                send(exchange, 200, "text/javascript; charset=utf-8", LiveReload.SCRIPT);
                return;
            }
            if (rawPath.equals(LiveReload.DIAGNOSTICS_PATH)) {
                StringBuilder json = new StringBuilder("[");
                for (String d : diagnostics) json.append(json.length() > 1 ? "," : "").append(Json.literal(d));
                send(exchange, 200, "application/json", json.append(']').toString());
                return;
            }
            if (rawPath.equals(LiveReload.EVENTS_PATH)) {
                String origin = exchange.getRequestHeaders().getFirst("Origin");
                if (origin != null && !allowedHost(origin.replaceFirst("^https?://", ""))) {
                    send(exchange, 403, "text/plain; charset=utf-8", "Forbidden origin.\n");
                    return;
                }
                reload.listen(exchange);
                keepOpen = true; // the event stream stays open until the page goes
                return;
            }
            Content site = content;
            Optional<String> path = RequestPaths.resolve(rawPath);
            Optional<byte[]> found = Optional.empty();
            if (path.isPresent()) {
                found = site.read(path.get());
                if (found.isEmpty()) {
                    path = Optional.of(path.get().isEmpty() ? "index.html" : path.get().replaceAll("/+$", "") + "/index.html");
                    found = site.read(path.get());
                }
            }
            if (found.isEmpty()) {
                byte[] notFound = site.read("404.html").orElse("Not found.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                send(exchange, 404, "text/html; charset=utf-8", new String(notFound, java.nio.charset.StandardCharsets.UTF_8));
                return;
            }
            byte[] bytes = found.get();
            String name = path.get().substring(path.get().lastIndexOf('/') + 1);
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            if (site.download(path.get())) {
                // content HTML or SVG kept as written: saved, never run in the preview's origin
                exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
                exchange.getResponseHeaders().set("Content-Security-Policy", "sandbox");
            } else if (ext.equals("html")) {
                bytes = withReloadScript(bytes);
            }
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            boolean head = method.equals("HEAD");
            exchange.sendResponseHeaders(200, head ? -1 : bytes.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } finally {
            if (!keepOpen) exchange.close();
        }
    }

    /** Page HTML with the live-reload script added before {@code </head>} (a file, so the page's CSP allows it). */
    private static byte[] withReloadScript(byte[] html) {
        String page = new String(html, java.nio.charset.StandardCharsets.UTF_8);
        int head = page.indexOf("</head>");
        if (head < 0) return html;
        return (page.substring(0, head) + "<script type=\"module\" src=\"" + LiveReload.SCRIPT_PATH + "\"></script>\n"
                + page.substring(head)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Serves {@code site} from now on, with its build's diagnostics, and tells open pages to reload. */
    /** What is served now (for tests). */
    Content content() {
        return content;
    }

    /** How many live-reload streams are open (for tests). */
    int listeners() {
        return reload.listeners();
    }

    public void swap(Content site, int build, java.util.List<String> buildDiagnostics) {
        this.content = site;
        this.diagnostics = java.util.List.copyOf(buildDiagnostics);
        reload.reload(build);
    }

    /** The diagnostics of the build being served, for the page overlay. */
    public void diagnostics(java.util.List<String> buildDiagnostics) {
        this.diagnostics = java.util.List.copyOf(buildDiagnostics);
    }

    /** A site in a folder: regular files inside it only (a symbolic link out of it is not followed). */
    static Content folder(Path siteRoot) throws IOException {
        Path root = siteRoot.toRealPath();
        return relative -> {
            try {
                Path p = relative.isEmpty() ? root : root.resolve(relative).normalize();
                if (!p.startsWith(root) || !Files.isRegularFile(p)) return Optional.empty();
                if (!p.toRealPath().startsWith(root)) return Optional.empty();
                return Optional.of(Files.readAllBytes(p));
            } catch (java.nio.file.NoSuchFileException | java.nio.file.InvalidPathException e) {
                return Optional.empty();
            }
        };
    }

    /** {@code Host} without its port, compared with the local names. */
    static boolean allowedHost(String host) {
        if (host == null) return false;
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            if (close < 0) return false;
            String rest = h.substring(close + 1);
            return LOCAL_HOSTS.contains(h.substring(0, close + 1)) && (rest.isEmpty() || rest.matches(":[0-9]{1,5}"));
        }
        int colon = h.indexOf(':');
        String name = colon < 0 ? h : h.substring(0, colon);
        String port = colon < 0 ? "" : h.substring(colon);
        return LOCAL_HOSTS.contains(name) && (port.isEmpty() || port.matches(":[0-9]{1,5}"));
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        reload.closeAll();
        server.stop(0);
        executor.shutdownNow();
    }
}
