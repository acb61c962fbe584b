type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes and children. Strings become text nodes, never markup: brief text
 * reaches the page only as text.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** The element with this id, typed; a missing one is a bug in index.html, so fail loudly. */
export function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type))
    throw new Error(`#${id} is missing from index.html or is not a ${type.name}`);
  return element;
}
