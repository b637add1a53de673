import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from './providers';
import { routes } from './router';

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return render(
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>,
  );
}

function answerHealth(status: number, body: unknown) {
  global.fetch = jest.fn().mockResolvedValue(
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    }),
  );
}

describe('the Koers app', () => {
  it('opens in Dutch with the programme explained and the system status in words', async () => {
    answerHealth(200, { status: 'ok', database: 'up' });
    renderAt('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welkom bij Koers' }),
    ).toBeVisible();
    expect(await screen.findByText('Koers en de database zijn bereikbaar.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Direct naar de inhoud' })).toHaveAttribute(
      'href',
      '#main',
    );
  });

  it('says so in words when the database is down', async () => {
    answerHealth(503, { status: 'unavailable', database: 'down' });
    renderAt('/');
    expect(await screen.findByText(/De database is op dit moment niet bereikbaar/)).toBeVisible();
  });

  it('switches to English and back, and tells the page its language', async () => {
    answerHealth(200, { status: 'ok', database: 'up' });
    renderAt('/');
    await screen.findByRole('heading', { level: 1, name: 'Welkom bij Koers' });
    await userEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to Koers' }),
    ).toBeVisible();
    expect(document.documentElement.lang).toBe('en');
    await userEvent.click(screen.getByRole('button', { name: 'Wissel naar Nederlands' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welkom bij Koers' }),
    ).toBeVisible();
    expect(document.documentElement.lang).toBe('nl');
  });

  it('answers an unknown address with a page that leads back', async () => {
    answerHealth(200, { status: 'ok', database: 'up' });
    renderAt('/bestaat/niet');
    expect(await screen.findByRole('heading', { name: 'Pagina niet gevonden' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Terug naar de start' })).toHaveAttribute('href', '/');
  });
});
