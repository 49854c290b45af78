package dev.tolk.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Live reload over Server-Sent Events (no dependency): pages served for preview load
 * {@code /__tolk/reload.js}, which listens on {@code /__tolk/events} and reloads the page, keeping
 * its scroll position, when a build finishes. The event stream checks {@code Origin}: only the
 * preview's own pages may listen.
 */
final class LiveReload {
    static final String SCRIPT_PATH = "/__tolk/reload.js";
    static final String EVENTS_PATH = "/__tolk/events";
    static final String DIAGNOSTICS_PATH = "/__tolk/diagnostics.json";
    static final String SCRIPT = """
            // Tolk preview: reload when a build finishes, keeping the scroll position; show the
            // last build's diagnostics in a dismissable panel (text only, never HTML).
            const key = 'tolk.scroll:' + location.pathname;
            const y = sessionStorage.getItem(key);
            if (y !== null) { sessionStorage.removeItem(key); window.scrollTo(0, Number(y)); }
            const events = new EventSource('/__tolk/events');
            events.addEventListener('reload', () => {
              sessionStorage.setItem(key, String(window.scrollY));
              location.reload();
            });
            fetch('/__tolk/diagnostics.json').then((r) => r.json()).then((found) => {
              // this page's own findings first, then errors, warnings, info: a writer's new error was hidden behind
              // 50 lines of other files' warnings
              const pageKey = location.pathname.replace(/^\\/[^/]+\\//, '').replace(/\\.html$/, '');
              const own = (d) => d.includes("/" + pageKey + ".md:") || d.startsWith(pageKey + ".md:") || d.includes("/" + pageKey + ".yml:");
              const level = (d) => (/: error: /.test(d) ? 0 : /: warning: /.test(d) ? 1 : 2);
              const list = found.map((d, i) => [d, i])
                .sort((a, b) => (own(b[0]) - own(a[0])) || (level(a[0]) - level(b[0])) || (a[1] - b[1])).map((x) => x[0]);
              // dismissed until the findings change, not merely their number
              const said = list.length + ':' + list.join('\\n').split('').reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 0);
              if (!list.length || sessionStorage.getItem('tolk.overlay.closed') === said) return;
              const panel = document.createElement('aside');
              panel.className = 'tolk-overlay';
              panel.setAttribute('role', 'status');
              panel.setAttribute('aria-label', 'Tolk diagnostics');
              const close = document.createElement('button');
              close.type = 'button';
              close.textContent = '×';
              close.setAttribute('aria-label', 'Close');
              close.addEventListener('click', () => { panel.remove(); sessionStorage.setItem('tolk.overlay.closed', said); });
              const title = document.createElement('strong');
              title.textContent = list.length + ' diagnostics in the last build';
              const items = document.createElement('ul');
              for (const d of list.slice(0, 50)) {
                const li = document.createElement('li');
                li.textContent = d;
                items.append(li);
              }
              panel.append(close, title, items);
              document.body.append(panel);
            }).catch(() => {});
            """;
    /** At most this many pages listen at once; a new one closes the oldest (a preview has a few tabs open, not hundreds). */
    static final int MAX_LISTENERS = 32;

    /** An open event stream: its exchange (closed, and its socket released, when the page goes) and body. */
    private record Listener(HttpExchange exchange, OutputStream out) {
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    /** Holds an event-stream request open; it is closed when the page goes, found by the next event or heartbeat. */
    void listen(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(new Listener(exchange, out));
        while (listeners.size() > MAX_LISTENERS) drop(listeners.get(0));
    }

    /** Tells every open page to reload; closes the streams of pages that have gone. */
    void reload(int build) {
        send(("event: reload\ndata: " + build + "\n\n").getBytes(StandardCharsets.UTF_8));
    }

    /** A comment line to every stream: a page that has gone is found and its stream closed, between builds too. */
    void heartbeat() {
        send(": ping\n\n".getBytes(StandardCharsets.UTF_8));
    }

    /** Closes every stream (the server stops). */
    void closeAll() {
        for (Listener l : listeners) drop(l);
    }

    private void send(byte[] bytes) {
        for (Listener l : listeners) {
            try {
                l.out().write(bytes);
                l.out().flush();
            } catch (IOException gone) {
                drop(l);
            }
        }
    }

    private void drop(Listener l) {
        listeners.remove(l);
        l.exchange().close(); // releases the socket: without it a dropped stream kept its file descriptor
    }

    int listeners() {
        return listeners.size();
    }
}
