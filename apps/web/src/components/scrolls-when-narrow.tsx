import { type ReactNode, useEffect, useRef, useState } from 'react';

/**
 * Lets a table wider than the screen (a phone) scroll sideways inside the page instead of
 * widening it; only then is it a focusable region, so a keyboard can scroll it too.
 */
export function ScrollsWhenNarrow({
  captionId,
  children,
}: {
  captionId: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    // The observer's first call comes after the browser has laid the page out anyway; measuring
    // here at once forced a layout of its own inside the render (57 ms of a phone's CPU on the
    // programme page, measured at 4x slowdown).
    const observer = new ResizeObserver(() =>
      setScrolls(element.scrollWidth > element.clientWidth + 1),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className="koers-table-scroll"
      {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-labelledby': captionId } : {})}
    >
      {children}
    </div>
  );
}
