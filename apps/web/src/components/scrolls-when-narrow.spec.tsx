import { act, render, screen } from '@testing-library/react';
import { ScrollsWhenNarrow } from './scrolls-when-narrow';

/** jsdom lays nothing out: a ResizeObserver the test calls, and widths the test sets. */
class FakeResizeObserver {
  static last: FakeResizeObserver | undefined;
  observed: Element[] = [];
  constructor(readonly callback: () => void) {
    FakeResizeObserver.last = this;
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  disconnect() {
    this.observed = [];
  }
}

function widths(element: HTMLElement, scrollWidth: number, clientWidth: number) {
  Object.defineProperty(element, 'scrollWidth', { configurable: true, value: scrollWidth });
  Object.defineProperty(element, 'clientWidth', { configurable: true, value: clientWidth });
}

describe('a table that scrolls when the screen is narrow', () => {
  const original = globalThis.ResizeObserver;
  beforeAll(() => {
    globalThis.ResizeObserver = FakeResizeObserver as unknown as typeof ResizeObserver;
  });
  afterAll(() => {
    globalThis.ResizeObserver = original;
  });

  it('is a focusable, named region only while it is wider than its box', () => {
    render(
      <ScrollsWhenNarrow captionId="caption">
        <table>
          <caption id="caption">Bijdragen</caption>
        </table>
      </ScrollsWhenNarrow>,
    );
    const box = screen.getByRole('table').parentElement as HTMLElement;
    const observer = FakeResizeObserver.last as FakeResizeObserver;
    // The box and what it holds are watched from the start (the table may grow on its own).
    expect(observer.observed).toEqual([box, screen.getByRole('table')]);

    widths(box, 900, 390);
    act(() => observer.callback());
    expect(screen.getByRole('region', { name: 'Bijdragen' })).toBe(box);
    expect(box).toHaveAttribute('tabindex', '0');

    widths(box, 600, 1280);
    act(() => observer.callback());
    expect(screen.queryByRole('region')).toBeNull();
    expect(box).not.toHaveAttribute('tabindex');
  });

  it('looks again when the table’s content changes, without waiting for the browser to draw', async () => {
    render(
      <ScrollsWhenNarrow captionId="caption">
        <table>
          <caption id="caption">Besteding</caption>
        </table>
      </ScrollsWhenNarrow>,
    );
    const box = screen.getByRole('table').parentElement as HTMLElement;
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(screen.queryByRole('region')).toBeNull();

    // New data made the table wider than its box; no ResizeObserver answer comes.
    widths(box, 900, 560);
    act(() => {
      screen.getByText('Besteding').textContent = 'Besteding per thema';
    });
    await act(() => Promise.resolve());
    expect(screen.getByRole('region', { name: 'Besteding per thema' })).toBe(box);
  });
});
