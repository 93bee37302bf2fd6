import { el, clear } from './dom.js';
import { resolvedText } from './model.js';
import { categoryLabel } from './detail.js';

/**
 * Rendering thousands of cards on every brush would cost more than the 100 ms an update may take;
 * the list shows the first LIMIT of the selection and says how to see the rest.
 */
const LIMIT = 200;

function item(event, selected, onSelect) {
  const d = event.date || {};
  const button = el('button', { type: 'button', 'aria-label': `Show details of: ${event.title || 'untitled event'}` },
    event.title || 'Untitled event');
  button.addEventListener('click', () => onSelect(event.id));
  const places = (event.places || []).filter(p => p.role !== 'mentioned').map(p => p.name).filter(Boolean);
  const source = (event.sources || [])[0];
  return el('li', { class: `event-item${selected ? ' selected' : ''}`, 'data-event-id': event.id,
    'aria-current': selected ? 'true' : null },
  el('article', { class: 'event-card' },
    el('p', { class: 'event-meta' },
      el('span', { class: `badge cat-${event.category}` }, categoryLabel(event.category)),
      el('time', { class: `event-date${event.approximate ? ' approximate' : ''}`, datetime: d.start || null },
        resolvedText(event)),
      d.asWritten ? el('span', {}, `as written: “${d.asWritten}”`) : null,
      places.length ? el('span', {}, places.join(', ')) : null),
    el('h3', { class: 'event-title' }, button),
    source ? el('blockquote', { class: 'source-text' }, source.text || '') : null,
    source ? el('p', { class: 'source-cite' },
      source.attribution ? `According to ${source.attribution}; ` : '',
      source.articleTitle || '', source.outlet ? `, ${source.outlet}` : '',
      (event.sources || []).length > 1 ? ` (+${event.sources.length - 1} more)` : '') : null));
}

export function renderList(list, countLine, events, total, selectedId, onSelect) {
  clear(list);
  const fragment = document.createDocumentFragment();
  events.slice(0, LIMIT).forEach(e => fragment.appendChild(item(e, e.id === selectedId, onSelect)));
  if (events.length > LIMIT) {
    fragment.appendChild(el('li', { class: 'more-line' },
      `… and ${events.length - LIMIT} more. Brush a shorter window on the timeline or filter to see them.`));
  }
  list.appendChild(fragment);
  countLine.textContent = events.length === total
    ? `${total} ${total === 1 ? 'event' : 'events'}`
    : `${events.length} of ${total} events match the view`;
}

export function highlightInList(list, previousId, id) {
  for (const li of list.querySelectorAll('.event-item.selected')) {
    li.classList.remove('selected');
    li.removeAttribute('aria-current');
  }
  if (!id) return;
  const li = list.querySelector(`[data-event-id="${CSS.escape(id)}"]`);
  if (li) {
    li.classList.add('selected');
    li.setAttribute('aria-current', 'true');
  }
}
