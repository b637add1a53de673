import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ProgrammeDownloads } from './programme-downloads';

/** A response whose body arrives in chunks only when the test says so. */
function streamedResponse(headers: Record<string, string>) {
  let push: (chunk: Uint8Array | null) => void = () => undefined;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      push = (chunk) => (chunk ? controller.enqueue(chunk) : controller.close());
    },
  });
  return {
    response: new Response(body, { status: 200, headers }),
    push: (c: Uint8Array | null) => push(c),
  };
}

const expectStatus = (text: string) =>
  waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(text));

describe('downloading a programme', () => {
  let saved: { name: string; blob: Blob }[];
  let click: jest.SpyInstance;
  beforeEach(() => {
    saved = [];
    URL.createObjectURL = jest.fn(() => 'blob:koers/1');
    URL.revokeObjectURL = jest.fn();
    click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      const blob = (URL.createObjectURL as jest.Mock).mock.calls.at(-1)?.[0] as Blob;
      saved.push({ name: this.download, blob });
    });
  });
  // Only this spy: the setup's own spy on console.error is restored by the setup.
  afterEach(() => click.mockRestore());

  it('shows "bezig…" with the bytes received while the workbook streams, then saves it', async () => {
    const { response, push } = streamedResponse({
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': 'attachment; filename="werkprogramma-2026.xlsx"',
    });
    const fetchMock = jest.fn(() => Promise.resolve(response));
    global.fetch = fetchMock;
    render(<ProgrammeDownloads programmeId="p1" concept />);
    const button = screen.getByRole('button', { name: 'Excel-werkmap (.xlsx)' });
    await userEvent.click(button);
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/programmes/p1/export/workbook',
      expect.objectContaining({ credentials: 'same-origin' }),
    );
    expect(button).toHaveTextContent('Bezig…');
    expect(button).toHaveAttribute('aria-busy', 'true');
    await expectStatus(
      'Bezig: het bestand wordt gemaakt… Je kunt intussen verder werken op deze pagina.',
    );
    act(() => push(new Uint8Array(300 * 1024)));
    expect(await screen.findByText(/Bezig: 300 kB ontvangen…/)).toBeInTheDocument();
    // Another download waits for this one: one at a time.
    await userEvent.click(screen.getByRole('button', { name: 'Programmadocument (PDF, concept)' }));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    act(() => push(new Uint8Array(100 * 1024)));
    act(() => push(null));
    await expectStatus('werkprogramma-2026.xlsx is gedownload.');
    expect(saved).toHaveLength(1);
    expect(saved[0].name).toBe('werkprogramma-2026.xlsx');
    expect(saved[0].blob.size).toBe(400 * 1024);
    expect(button).toHaveTextContent('Excel-werkmap (.xlsx)');
  });

  it('shows the percentage when the size is known, and downloads a table as CSV with the chosen separator', async () => {
    const { response, push } = streamedResponse({
      'content-type': 'text/csv; charset=utf-8',
      'content-length': String(2048),
      'content-disposition': 'attachment; filename="x-bijdragen.csv"',
    });
    const fetchMock = jest.fn(() => Promise.resolve(response));
    global.fetch = fetchMock;
    render(<ProgrammeDownloads programmeId="p1" concept={false} />);
    expect(screen.getByRole('button', { name: 'Programmadocument (PDF)' })).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Tabel'), 'Bijdragen per gemeente');
    expect(screen.getByLabelText('Scheidingsteken')).toHaveValue('semicolon');
    await userEvent.click(screen.getByRole('button', { name: 'CSV downloaden' }));
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/programmes/p1/export/tables/contributions?separator=semicolon',
      expect.anything(),
    );
    act(() => push(new Uint8Array(1024)));
    await expectStatus('Bezig: 1 kB van 2 kB ontvangen (50 %)…');
    act(() => push(new Uint8Array(1024)));
    act(() => push(null));
    await expectStatus('x-bijdragen.csv is gedownload.');
  });

  it('says so when the programme cannot be downloaded', async () => {
    global.fetch = jest.fn(() =>
      Promise.resolve(
        new Response(JSON.stringify({ status: 404, detail: 'Programma bestaat niet.' }), {
          status: 404,
          headers: { 'content-type': 'application/problem+json' },
        }),
      ),
    );
    render(<ProgrammeDownloads programmeId="p1" concept={false} />);
    await userEvent.click(screen.getByRole('button', { name: 'Excel-werkmap (.xlsx)' }));
    await expectStatus('Dit programma is niet (meer) te downloaden.');
    expect(saved).toEqual([]);
  });
});
