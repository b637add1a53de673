import { act, render, screen } from '@testing-library/react';
import { ScrollsWhenNarrow } from './scrolls-when-narrow';

/** jsdom lays nothing out: a ResizeObserver the test calls, and widths the test sets. */
class FakeResizeObserver {
  static last: FakeResizeObserver | undefined;
  observed: Element[] = [];
  constructor(readonly callback: (entries: { target: Element }[]) => void) {
    FakeResizeObserver.last = this;
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  unobserve(element: Element) {
    this.observed = this.observed.filter((observed) => observed !== element);
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
    act(() => observer.callback([{ target: box }]));
    expect(screen.getByRole('region', { name: 'Bijdragen' })).toBe(box);
    expect(box).toHaveAttribute('tabindex', '0');

    widths(box, 600, 1280);
    act(() => observer.callback([{ target: screen.getByRole('table') }]));
    expect(screen.queryByRole('region')).toBeNull();
    expect(box).not.toHaveAttribute('tabindex');
  });

  it('looks again when the table’s content changes, also on a page the browser does not draw', async () => {
    // A tab in the background: no animation frames, no ResizeObserver answers.
    const hidden = jest.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
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
    // In a task after the change: the MutationObserver's own task is queued only once it has
    // heard of the change, so the test waits for the answer rather than for one task.
    expect(await screen.findByRole('region', { name: 'Besteding per thema' })).toBe(box);
    hidden.mockRestore();
  });

  it('measures all the tables of a page before it changes any (one layout, not one per table)', async () => {
    const log: string[] = [];
    const setAttribute = Element.prototype.setAttribute;
    const writes = jest.spyOn(Element.prototype, 'setAttribute');
    render(
      <>
        {['a', 'b', 'c'].map((id) => (
          <ScrollsWhenNarrow key={id} captionId={id}>
            <table>
              <caption id={id}>Tabel {id}</caption>
            </table>
          </ScrollsWhenNarrow>
        ))}
      </>,
    );
    for (const table of screen.getAllByRole('table')) {
      const box = table.parentElement as HTMLElement;
      Object.defineProperty(box, 'clientWidth', { configurable: true, value: 390 });
      Object.defineProperty(box, 'scrollWidth', {
        configurable: true,
        get: () => {
          log.push('read');
          return 900;
        },
      });
    }
    writes.mockImplementation(function (this: Element, name: string, value: string) {
      if (this.classList.contains('koers-table-scroll')) log.push('write');
      setAttribute.call(this, name, value);
    });
    // Just before the browser draws a frame (jsdom draws none, but calls the frame callbacks).
    expect(await screen.findAllByRole('region')).toHaveLength(3);
    writes.mockRestore();

    expect(log.filter((entry) => entry === 'read')).toHaveLength(3);
    expect(log.lastIndexOf('read')).toBeLessThan(log.indexOf('write'));
  });
});
