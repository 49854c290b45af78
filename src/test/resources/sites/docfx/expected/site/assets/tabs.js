(function () {
"use strict";
// DocFX tab groups (`# [Label](#tab/id)` … `---`). Without script each tab is a labelled section,
// all shown. With it, a group becomes an ARIA tab list: one panel shown, the labels as tabs
// reached with Tab and moved between with the arrow keys, Home and End (which choose, as a click
// does). Choosing a tab chooses the tab of the same id in every group of the page (DocFX's
// "dependent" tabs), is remembered for the next page and written into the address as `?tabs=id`,
// as DocFX's template and Learn do; a link with `?tabs=id` opens on that tab. No inline script:
// the page's Content-Security-Policy forbids it.
const KEY = 'tolk.tab';

function remembered() {
  try { return localStorage.getItem(KEY); } catch { return null; }
}

function remember(id) {
  try { localStorage.setItem(KEY, id); } catch { /* private mode: not remembered */ }
}

const groups = [];

function select(group, index, focus) {
  group.tabs.forEach((tab, i) => {
    const on = i === index;
    tab.setAttribute('aria-selected', on ? 'true' : 'false');
    tab.tabIndex = on ? 0 : -1;
    group.panels[i].hidden = !on;
  });
  if (focus) group.tabs[index].focus();
}

function chooseEverywhere(id) {
  for (const g of groups) {
    const i = g.ids.indexOf(id);
    if (i >= 0) select(g, i, false);
  }
  remember(id);
  try {
    const url = new URL(location.href);
    url.searchParams.set('tabs', id);
    history.replaceState(null, '', url);
  } catch { /* a file: address may refuse it */ }
}

/** The element the address's `#fragment` names, or null. */
function fragmentTarget() {
  if (location.hash.length < 2) return null;
  try { return document.getElementById(decodeURIComponent(location.hash.slice(1))); } catch { return null; }
}

/** The tab ids the address asks for (`?tabs=a,b`), first wanted first. */
function asked() {
  const value = new URLSearchParams(location.search).get('tabs');
  return value ? value.split(',').map((s) => s.trim()).filter((s) => s !== '') : [];
}

/** A tab heading's text as the reader sees it: the translation, without the English lookup halves hidden beside it. */
function labelText(label) {
  const copy = label.cloneNode(true);
  copy.querySelectorAll('.sxs-lookup, [hidden]').forEach((e) => e.remove());
  return copy.textContent.replace(/\s+/g, ' ').trim();
}

document.querySelectorAll('article .tabs').forEach((box, n) => {
  const sections = Array.from(box.querySelectorAll(':scope > section.tab'));
  if (sections.length === 0) return;
  const list = document.createElement('div');
  list.setAttribute('role', 'tablist');
  list.className = 'tab-list';
  const group = { tabs: [], panels: sections, ids: [] };
  sections.forEach((section, i) => {
    const label = section.querySelector(':scope > .tab-label');
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.setAttribute('role', 'tab');
    tab.id = `tab-${n + 1}-${i + 1}`;
    tab.textContent = label ? labelText(label) : section.dataset.tab;
    section.id = section.id || `tabpanel-${n + 1}-${i + 1}`;
    section.setAttribute('role', 'tabpanel');
    section.setAttribute('aria-labelledby', tab.id);
    tab.setAttribute('aria-controls', section.id);
    if (label) label.hidden = true;
    tab.addEventListener('click', () => chooseEverywhere(section.dataset.tab));
    tab.addEventListener('keydown', (e) => {
      const last = group.tabs.length - 1;
      // in a right-to-left page the next tab is the one on the left
      const rtl = getComputedStyle(list).direction === 'rtl';
      const next = { ArrowRight: rtl ? i - 1 : i + 1, ArrowLeft: rtl ? i + 1 : i - 1, Home: 0, End: last }[e.key];
      if (next === undefined) return;
      e.preventDefault();
      const chosen = (next + last + 1) % (last + 1);
      select(group, chosen, true);
      chooseEverywhere(group.ids[chosen]); // the arrow keys choose, as a click does, in every group
    });
    group.tabs.push(tab);
    group.ids.push(section.dataset.tab);
    list.appendChild(tab);
  });
  box.insertBefore(list, box.firstChild);
  box.classList.add('tabs-enhanced');
  groups.push(group);
  // a link to a section inside a tab opens on that tab
  const section = fragmentTarget();
  const holding = section ? group.panels.findIndex((panel) => panel.contains(section)) : -1;
  const wanted = holding >= 0 && asked().length === 0 ? holding
    : [...asked(), remembered()].map((id) => group.ids.indexOf(id)).find((i) => i >= 0);
  select(group, wanted ?? 0, false);
  if (holding >= 0 && asked().length === 0) section.scrollIntoView();
});
})();
