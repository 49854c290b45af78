#!/usr/bin/env python3
"""Client side of bench/serve.sh: edits articles under a running `tolk serve` and times each edit.

For each edit: t0 just before the file is written; t1 when the server's event stream says
"reload"; t2 when a GET of the page returns the new text. Prints one line per edit, then the
median and worst of t1-t0 and t2-t0, in milliseconds.

    serve_edits.py PORT CONTENT EDITS [edit|add]

edit (the default) appends a paragraph to an existing article; add alternates between adding a
new article (a copy of an existing one) and deleting it again (then t2 is when its URL gives 404).
"""
import http.client, os, random, socket, statistics, sys, threading, time

port, content, edits = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
mode = sys.argv[4] if len(sys.argv) > 4 else "edit"  # edit: change an article; add: add one, then delete it
locales = ["nl-NL", "de-DE"]
reloads = []
lock = threading.Condition()

def listen():
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(b"GET /__tolk/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
    buf = b""
    while True:
        chunk = s.recv(4096)
        if not chunk:
            return
        buf += chunk
        while b"\n" in buf:
            line, buf = buf.split(b"\n", 1)
            if line.strip() == b"event: reload":
                with lock:
                    reloads.append(time.perf_counter())
                    lock.notify_all()

threading.Thread(target=listen, daemon=True).start()
time.sleep(float(os.environ.get("SETTLE", "0.5")))
rng = random.Random(7)
articles = {l: sorted(f for f in os.listdir(os.path.join(content, l, "AlchemyInsights")) if f.endswith(".md")) for l in locales}
conn = http.client.HTTPConnection("127.0.0.1", port)
to_event, to_page = [], []
for n in range(edits):
    locale = locales[n % 2]
    name = rng.choice(articles[locale])
    path = os.path.join(content, locale, "AlchemyInsights", name)
    marker = "bench-edit-%d-%d" % (n, rng.randrange(10**9))
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        text = f.read()
    text = text.rstrip("\n") + "\n\n" + marker + "\n"
    gone = False
    if mode == "add":
        # odd steps add a new article (a copy of this one), even steps delete the one added before
        if n % 2 == 0:
            name = "bench-added-%d.md" % n
            path = os.path.join(content, locale, "AlchemyInsights", name)
        else:
            locale, name, path = added
            gone = True
    with lock:
        seen = len(reloads)
    t0 = time.perf_counter()
    if gone:
        os.remove(path)
    else:
        with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(text)
    with lock:
        if not lock.wait_for(lambda: len(reloads) > seen, timeout=60):
            sys.exit("no reload event after editing " + path)
        t1 = reloads[seen]
    if mode == "add" and not gone:
        added = (locale, name, path)
    url = "/%s/AlchemyInsights/%s" % (locale, name[:-3] + ".html")
    while True:
        conn.request("GET", url, headers={"Host": "127.0.0.1"})
        response = conn.getresponse()
        body = response.read().decode("utf-8", "replace")
        if (response.status == 404) if gone else (marker in body):
            break
    t2 = time.perf_counter()
    to_event.append((t1 - t0) * 1000)
    to_page.append((t2 - t0) * 1000)
    print("%s %2d  %-70s reload event %6.1f ms  new page %6.1f ms" % (
        "delete" if gone else "add" if mode == "add" else "edit", n + 1, locale + "/" + name, to_event[-1], to_page[-1]))
    time.sleep(0.3)  # a writer does not save 20 times a second; let the next edit start from a quiet server
print("write -> reload event: median %.1f ms, worst %.1f ms" % (statistics.median(to_event), max(to_event)))
print("write -> new page:     median %.1f ms, worst %.1f ms" % (statistics.median(to_page), max(to_page)))
