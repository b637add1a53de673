import { type ReactNode, useLayoutEffect, useRef } from 'react';

/** The boxes on the page and the caption that names each while it scrolls. */
const boxes = new Map<Element, string>();
const waiting = new Set<Element>();
let frameAsked = false;
let taskAsked = false;
let resizes: ResizeObserver | undefined;
let mutations: MutationObserver | undefined;

/**
 * Reads every box first and only then writes what changed. Reading a width forces the browser to
 * lay the page out when something changed since it last did; a read after each write made that a
 * layout per table (48 ms of the public programme page's first load, unthrottled, with six tables).
 */
function look(elements: Iterable<Element>) {
  const answers = [...new Set(elements)]
    .filter((element) => boxes.has(element))
    .map((element) => [element, element.scrollWidth > element.clientWidth + 1] as const);
  for (const [element, scrolls] of answers) {
    if (scrolls === (element.getAttribute('role') === 'region')) continue;
    if (scrolls) {
      element.setAttribute('tabindex', '0');
      element.setAttribute('role', 'region');
      element.setAttribute('aria-labelledby', boxes.get(element) as string);
    } else {
      for (const name of ['tabindex', 'role', 'aria-labelledby']) element.removeAttribute(name);
    }
  }
}

/**
 * One look at all the boxes that asked: just before the browser lays the page out to draw it
 * (reading then costs no layout of its own), or, on a page it does not draw (a tab in the
 * background, where animation frames and ResizeObserver answers wait), in a task of its own.
 */
function lookSoon(element: Element) {
  waiting.add(element);
  const drawn =
    document.visibilityState === 'visible' && typeof requestAnimationFrame === 'function';
  if (drawn ? frameAsked : taskAsked) return;
  const lookAtWaiting = () => {
    if (drawn) frameAsked = false;
    else taskAsked = false;
    const elements = [...waiting];
    waiting.clear();
    look(elements);
  };
  if (drawn) {
    frameAsked = true;
    requestAnimationFrame(lookAtWaiting);
  } else {
    taskAsked = true;
    setTimeout(lookAtWaiting, 0);
  }
}

/** The box a changed node lies in. */
function boxOf(node: Node): Element | undefined {
  for (let at: Node | null = node; at; at = at.parentNode)
    if (boxes.has(at as Element)) return at as Element;
  return undefined;
}

/**
 * Lets a table wider than the screen (a phone) scroll sideways inside the page instead of
 * widening it; only then is it a focusable, named region, so a keyboard can scroll it too.
 *
 * Whether it scrolls is never measured inside the render, but for all tables at once: in a task
 * after the commit, whenever a box or its table changes size (one ResizeObserver for the page:
 * after the browser's own layout, so reading is free) and whenever a table's content changes (one
 * MutationObserver). The answer is written on the element itself, at once: a second render could
 * come after a reader (or an accessibility check) has already found the table.
 */
export function ScrollsWhenNarrow({
  captionId,
  children,
}: {
  captionId: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    boxes.set(element, captionId);
    if (element.getAttribute('role') === 'region')
      element.setAttribute('aria-labelledby', captionId);
    // Also after this commit and whenever the content changes (new data), from a task of its own:
    // a page the browser does not draw (a tab in the background) gets no ResizeObserver answers,
    // yet its tables can be read and tabbed to.
    lookSoon(element);
    mutations ??= new MutationObserver((records) => {
      for (const record of records) {
        const box = boxOf(record.target);
        if (box) lookSoon(box);
      }
    });
    mutations.observe(element, { childList: true, characterData: true, subtree: true });
    if (typeof ResizeObserver !== 'undefined') {
      resizes ??= new ResizeObserver((entries) =>
        look(entries.map((entry) => boxOf(entry.target) as Element)),
      );
      resizes.observe(element);
      // A table that grows inside a box of the same width (its data came later) scrolls too.
      for (const child of element.children) resizes.observe(child);
    }
    return () => {
      boxes.delete(element);
      waiting.delete(element);
      resizes?.unobserve(element);
      for (const child of element.children) resizes?.unobserve(child);
      // A MutationObserver cannot stop watching one node: the removed box is no longer in
      // `boxes`, so its changes are ignored, and once the page has no boxes it stops altogether.
      if (boxes.size === 0) {
        mutations?.disconnect();
        mutations = undefined;
      }
    };
  }, [captionId]);
  return (
    <div ref={ref} className="koers-table-scroll">
      {children}
    </div>
  );
}
