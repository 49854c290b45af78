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
            fetch('/__tolk/diagnostics.json').then((r) => r.json()).then((list) => {
              if (!list.length || sessionStorage.getItem('tolk.overlay.closed') === String(list.length)) return;
              const panel = document.createElement('aside');
              panel.className = 'tolk-overlay';
              panel.setAttribute('role', 'status');
              panel.setAttribute('aria-label', 'Tolk diagnostics');
              const close = document.createElement('button');
              close.type = 'button';
              close.textContent = '×';
              close.setAttribute('aria-label', 'Close');
              close.addEventListener('click', () => { panel.remove(); sessionStorage.setItem('tolk.overlay.closed', String(list.length)); });
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
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();

    /** Holds an event-stream request open; returns when the client goes away. */
    void listen(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(out);
    }

    /** Tells every open page to reload; drops the ones that have gone. */
    void reload(int build) {
        byte[] event = ("event: reload\ndata: " + build + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : listeners) {
            try {
                out.write(event);
                out.flush();
            } catch (IOException gone) {
                listeners.remove(out);
            }
        }
    }

    int listeners() {
        return listeners.size();
    }
}
