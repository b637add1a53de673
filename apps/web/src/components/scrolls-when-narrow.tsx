import { type ReactNode, useLayoutEffect, useRef } from 'react';

/**
 * Lets a table wider than the screen (a phone) scroll sideways inside the page instead of
 * widening it; only then is it a focusable region, so a keyboard can scroll it too.
 *
 * Whether it scrolls is never measured inside the render (there it forced a layout per table:
 * 57 ms of a phone's CPU on the programme page, at 4x slowdown), but once in a task after the
 * commit, whenever the box or the table changes size (ResizeObserver: after the browser's own
 * layout, before it paints) and whenever the table's content changes. The answer is written on
 * the element itself, at once: a second render could come after a reader (or an accessibility
 * check) has already found the table.
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
    const check = () => {
      if (element.scrollWidth > element.clientWidth + 1) {
        element.tabIndex = 0;
        element.setAttribute('role', 'region');
        element.setAttribute('aria-labelledby', captionId);
      } else {
        for (const name of ['tabindex', 'role', 'aria-labelledby']) element.removeAttribute(name);
      }
    };
    // Also once after this commit and whenever the table's content changes (new data), from
    // tasks of their own: a page the browser does not draw (a tab in the background) gets no
    // ResizeObserver answers, yet its tables can be read and tabbed to.
    const timer = setTimeout(check);
    const mutations = new MutationObserver(check);
    mutations.observe(element, { childList: true, characterData: true, subtree: true });
    const resizes = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(check);
    resizes?.observe(element);
    // A table that grows inside a box of the same width (its data came later) scrolls too.
    for (const child of element.children) resizes?.observe(child);
    return () => {
      clearTimeout(timer);
      mutations.disconnect();
      resizes?.disconnect();
    };
  }, [captionId]);
  return (
    <div ref={ref} className="koers-table-scroll">
      {children}
    </div>
  );
}
