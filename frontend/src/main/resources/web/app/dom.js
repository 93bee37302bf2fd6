// The only way the scripts build HTML: elements and text nodes. Titles, sentences, names and links
// come from articles anyone can post, so nothing here ever parses a string as markup.

/**
 * el('p', {class: 'x'}, 'text', child) — attributes via setAttribute, children as text nodes or
 * elements; null/false children are skipped.
 */
export function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value == null || value === false) continue;
    if (name === 'href') {
      const link = safeLink(value);
      if (link) node.setAttribute('href', link);
      continue;
    }
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child == null || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else if (child instanceof Node) node.appendChild(child);
    else node.appendChild(document.createTextNode(String(child)));
  }
}

/** Only http(s) links are followed; anything else (javascript:, data:) is dropped. */
export function safeLink(url) {
  try {
    const parsed = new URL(String(url), location.href);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** CSS.escape for attribute selectors built from event ids. */
export function byEventId(root, id) {
  return root.querySelector(`[data-event-id="${CSS.escape(id)}"]`);
}
