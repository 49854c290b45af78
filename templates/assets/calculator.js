// The proration calculator's form (templates/calculator.ftlh): reads the inputs, converts the
// locale's decimals by text (never parseFloat), runs prorate() from proration.js, ties each
// error to its field (aria-invalid, aria-describedby) and writes the result into a live region.
// Loaded as a module by pages that carry the form; no inline script, no eval.
import { prorate, canonicalPrice, canonicalQuantity, addMonths, todayUtc, formatAmount, formatCount, formatDate } from './proration.js';

const FIELDS = {
  currency: 'calc-currency', price: 'calc-price', qty: 'calc-qty', period_start: 'calc-start',
  period_end: 'calc-end', cancel_date: 'calc-cancel', switch_mode: 'calc-switch',
  new_price: 'calc-new-price', new_qty: 'calc-new-qty',
};

function fill(template, ...values) {
  return values.reduce((text, value, i) => text.split('{' + i + '}').join(value), template);
}

function setup(section) {
  const form = section.querySelector('form');
  const locale = section.dataset.locale;
  // how the form reads and shows amounts: the locale's profile, or its language's way where it has none
  const display = section.dataset.profile ? JSON.parse(section.dataset.profile) : locale;
  const messages = JSON.parse(section.dataset.messages);
  const field = (name) => section.querySelector('#' + FIELDS[name]);
  const today = todayUtc();
  const cancelHint = section.querySelector('#calc-cancel-hint');
  cancelHint.textContent = fill(cancelHint.dataset.template, formatDate(today, display));
  section.querySelector('.calc-nojs').hidden = true;
  form.hidden = false;

  const switchField = field('switch_mode');
  const showNewPlan = () => {
    for (const el of section.querySelectorAll('.calc-new')) el.hidden = switchField.value === 'none';
  };
  switchField.addEventListener('change', showNewPlan);
  showNewPlan();

  for (const button of section.querySelectorAll('button[data-months]')) {
    button.addEventListener('click', () => {
      const start = field('period_start').value;
      if (/^\d{4}-\d{2}-\d{2}$/.test(start)) field('period_end').value = addMonths(start, Number(button.dataset.months));
      field('period_end').focus();
    });
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = {
      locale,
      currency: field('currency').value,
      price: canonicalPrice(field('price').value.trim(), display),
      qty: canonicalQuantity(field('qty').value),
      period_start: field('period_start').value,
      period_end: field('period_end').value,
      cancel_date: field('cancel_date').value || today,
      charge_cancel_day: section.querySelector('#calc-charge-day').checked ? '1' : '0',
      switch_mode: switchField.value,
      new_price: switchField.value === 'none' ? '' : canonicalPrice(field('new_price').value.trim(), display),
      new_qty: switchField.value === 'none' ? '' : canonicalQuantity(field('new_qty').value),
    };
    show(section, input, prorate(input), messages, field, display);
  });
}

function show(section, input, out, messages, field, display) {
  for (const name of Object.keys(FIELDS)) {
    const el = field(name);
    const error = section.querySelector('#' + FIELDS[name] + '-error');
    el.removeAttribute('aria-invalid');
    if (error) { error.hidden = true; error.textContent = ''; }
  }
  const result = section.querySelector('.calc-result');
  if (out.error) {
    result.hidden = true;
    const el = field(out.error_field);
    const error = section.querySelector('#' + FIELDS[out.error_field] + '-error');
    el.setAttribute('aria-invalid', 'true');
    error.textContent = messages[out.error] || out.error;
    error.hidden = false;
    el.focus();
    return;
  }
  const value = (name) => result.querySelector('[data-value="' + name + '"]');
  const days = result.querySelector('.calc-days');
  // the day count in the digits the amounts are written in (Arabic-Indic in ar-SA)
  days.textContent = fill(days.dataset.template, formatCount(out.days_used, display), formatCount(out.days_in_period, display));
  value('used').textContent = formatAmount(out.used_minor, input.currency, display);
  // the contract's display where the locale has a profile; else the same amount, its language's way
  value('credit').textContent = display === input.locale ? out.credit_display : formatAmount(out.credit_minor, input.currency, display);
  const switching = input.switch_mode !== 'none';
  for (const el of result.querySelectorAll('[data-row]')) el.hidden = !switching;
  if (switching) {
    value('new').textContent = formatAmount(out.new_charge_minor, input.currency, display);
    const label = result.querySelector('dt[data-row="net"]');
    label.textContent = BigInt(out.net_minor) >= 0n ? label.dataset.due : label.dataset.balance;
    value('net').textContent = display === input.locale ? out.net_display : formatAmount(out.net_minor, input.currency, display);
  }
  const windowNote = result.querySelector('.calc-window');
  windowNote.textContent = out.window === 'WITHIN' ? windowNote.dataset.within
    : out.window === 'BOUNDARY' ? windowNote.dataset.boundary : '';
  windowNote.hidden = out.window === 'OUTSIDE';
  result.querySelector('.calc-policy').hidden = out.window === 'WITHIN';
  result.hidden = false;
}

for (const section of document.querySelectorAll('[data-tolk-calculator="proration"]')) setup(section);
