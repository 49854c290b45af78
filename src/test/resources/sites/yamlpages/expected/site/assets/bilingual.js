(function () {
"use strict";
// The bilingual view: a toggle that shows the English source (the hidden lookup halves of
// each translated unit) under the translation, remembered across pages and reloads.
// No inline script: the page's Content-Security-Policy forbids it.
const KEY = 'tolk.bilingual';

function remembered() {
  try { return localStorage.getItem(KEY) === 'on'; } catch { return false; }
}

function remember(on) {
  try { localStorage.setItem(KEY, on ? 'on' : 'off'); } catch { /* private mode: not remembered */ }
}

function apply(button, on) {
  for (const lookup of document.querySelectorAll('article .sxs-lookup')) lookup.hidden = !on;
  document.documentElement.classList.toggle('bilingual', on);
  button.setAttribute('aria-pressed', on ? 'true' : 'false');
  button.textContent = on ? button.dataset.hide : button.dataset.show;
}

const button = document.querySelector('.bilingual-toggle');
if (button) {
  button.hidden = false;
  apply(button, remembered());
  button.addEventListener('click', () => {
    const on = button.getAttribute('aria-pressed') !== 'true';
    remember(on);
    apply(button, on);
  });
}
})();
