(function () {
"use strict";
// DocFX zone pivots (`::: zone pivot="python"` … `::: zone-end`, the page's `zone_pivot_groups`). Without
// script every zone is shown under its label. With it, the page shows the chooser of its pivot group
// (its prompt and its pivots, in the order zone-pivot-groups.yml gives them) and only the zones of the
// chosen pivot, as Microsoft Learn does, and "On this page" lists the headings shown. The choice comes
// from the address (`?pivots=python`, Learn's parameter, so a link can name one), else the zone of the
// section the address's #fragment names, else the last one chosen, else the first; choosing writes it
// into the address. No inline script: the page's Content-Security-Policy forbids it.
const KEY = 'tolk.pivot';

function remembered() {
  try { return localStorage.getItem(KEY); } catch { return null; }
}

function remember(id) {
  try { localStorage.setItem(KEY, id); } catch { /* private mode: not remembered */ }
}

const chooser = document.querySelector('article .pivot-chooser');
const zones = Array.from(document.querySelectorAll('article .docfx-zone[data-pivot]'));
const pivotsOf = (zone) => zone.dataset.pivot.split(',').map((s) => s.trim()).filter((s) => s !== '');

/** Sets `name=value` in the query of `link`'s address, kept relative as written. */
function withParameter(link, name, value) {
  const href = link.getAttribute('href');
  const hash = href.indexOf('#');
  const path = hash < 0 ? href : href.slice(0, hash);
  const q = path.indexOf('?');
  const params = new URLSearchParams(q < 0 ? '' : path.slice(q + 1));
  params.set(name, value);
  link.setAttribute('href', (q < 0 ? path : path.slice(0, q)) + '?' + params + (hash < 0 ? '' : href.slice(hash)));
}

/** The element a `#fragment` names, or null. */
function byFragment(hash) {
  if (!hash || hash.length < 2) return null;
  try { return document.getElementById(decodeURIComponent(hash.slice(1))); } catch { return null; }
}

if (chooser && zones.length > 0) {
  let pivots = JSON.parse(chooser.dataset.pivots || '[]');
  if (pivots.length === 0) { // no group the page names is defined: the pivots its zones name, in order
    const seen = new Set();
    for (const zone of zones) {
      for (const id of pivotsOf(zone)) {
        if (!seen.has(id)) { seen.add(id); pivots.push([id, id]); }
      }
    }
  }
  const ids = pivots.map((p) => p[0]);
  const select = document.createElement('select');
  select.id = 'pivot-select';
  for (const [id, title] of pivots) {
    const option = document.createElement('option');
    option.value = id;
    option.textContent = title;
    select.appendChild(option);
  }
  if (chooser.dataset.label) {
    const label = document.createElement('label');
    label.htmlFor = select.id;
    label.textContent = chooser.dataset.label;
    chooser.appendChild(label);
    chooser.appendChild(document.createTextNode(' '));
  } else {
    select.setAttribute('aria-label', pivots.map((p) => p[1]).join(' / '));
  }
  chooser.appendChild(select);

  const show = (id) => {
    select.value = id;
    for (const zone of zones) {
      zone.hidden = !pivotsOf(zone).includes(id);
      const label = zone.querySelector(':scope > .docfx-label');
      if (label) label.hidden = true; // the chooser says which pivot this is
    }
    // the same article in another language opens on the same pivot
    for (const link of document.querySelectorAll('.language-switcher a[hreflang]')) withParameter(link, 'pivots', id);
    // "On this page": the headings of the zones shown only
    for (const link of document.querySelectorAll('.on-this-page a[href^="#"]')) {
      const target = byFragment(link.getAttribute('href'));
      link.closest('li').hidden = target !== null && target.closest('.docfx-zone[hidden]') !== null;
    }
  };
  select.addEventListener('change', () => {
    show(select.value);
    remember(select.value);
    try {
      const url = new URL(location.href);
      url.searchParams.set('pivots', select.value);
      history.replaceState(null, '', url);
    } catch { /* a file: address may refuse it */ }
  });
  const asked = new URLSearchParams(location.search).get('pivots');
  const section = byFragment(location.hash); // a link to a section of a zone opens on that zone's pivot
  const zoneOfSection = section && section.closest('.docfx-zone[data-pivot]');
  const ofSection = zoneOfSection ? pivotsOf(zoneOfSection).find((id) => ids.includes(id)) ?? null : null;
  const chosen = [asked, ofSection, remembered()].find((id) => id !== null && ids.includes(id));
  show(chosen ?? ids[0]);
  chooser.hidden = false;
  if (section && ofSection !== null && asked === null) section.scrollIntoView();
}
})();
