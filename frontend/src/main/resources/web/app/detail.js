import { el, clear } from './dom.js';
import { resolvedText } from './model.js';
import { figuresIn } from './figures.js';

const LABELS = {
  attack: 'Attack', battle: 'Battle', 'territorial-change': 'Territorial change', 'civilian-harm': 'Civilian harm',
  evacuation: 'Evacuation', emergency: 'Emergency', diplomacy: 'Diplomacy', other: 'Other',
};

export function categoryLabel(category) {
  return LABELS[category] || category;
}

function dateDerivation(event) {
  const d = event.date || {};
  const parts = [];
  parts.push(d.asWritten ? `“${d.asWritten}”` : 'not stated in the sentence');
  if (d.articleDate) parts.push(`resolved against the article date ${d.articleDate}`);
  if (d.basis) parts.push(`basis: ${d.basis}`);
  parts.push(`precision: ${d.precision || 'day'}${d.approximate ? ', approximate' : ''}`);
  return parts.join('; ');
}

function sourceCard(source) {
  const figures = figuresIn(source.text);
  const articleTitle = source.articleTitle || `article ${source.articleId}`;
  return el('li', { class: 'source-card' },
    el('blockquote', { class: 'source-sentence' }, source.text || ''),
    el('p', { class: 'cite' },
      source.attribution ? el('span', { class: 'attribution' }, `According to ${source.attribution}. `) : null,
      source.url ? el('a', { href: source.url, rel: 'noopener noreferrer nofollow' }, articleTitle)
        : el('span', {}, articleTitle),
      source.outlet ? `, ${source.outlet}` : '',
      source.publishedAt ? `, ${source.publishedAt}` : ''),
    figures.length ? el('ul', { class: 'figures', 'aria-label': 'Figures stated in this source' },
      figures.map(f => el('li', {}, f))) : null);
}

/** Fills the detail panel for one event; every string from the data goes in as text. */
export function renderDetail(panel, event, onClose) {
  clear(panel);
  panel.setAttribute('data-event-id', event.id);
  const close = el('button', { type: 'button', class: 'button close', 'aria-label': 'Close the details' }, 'Close');
  close.addEventListener('click', onClose);
  const places = (event.places || []).map(p =>
    `${p.name || '?'}${p.countryCode ? ` (${p.countryCode})` : ''}${p.role === 'mentioned' ? ' – mentioned' : ''}`);
  const sources = event.sources || [];
  panel.append(
    el('div', { class: 'detail-head' },
      el('div', {},
        el('span', { class: `badge cat-${event.category}` }, categoryLabel(event.category)),
        el('h2', { id: 'detail-title' }, event.title || 'Untitled event')),
      close),
    el('dl', {},
      el('dt', {}, 'When'), el('dd', { class: 'detail-date' }, resolvedText(event)),
      el('dt', {}, 'How dated'), el('dd', { class: 'detail-derivation' }, dateDerivation(event)),
      el('dt', {}, 'Places'), el('dd', {}, places.length ? places.join(', ') : 'none recognised')),
    el('h3', {}, sources.length > 1 ? `${sources.length} sources, side by side` : 'Source'),
    el('ul', { class: 'source-grid' }, sources.map(sourceCard)));
}
