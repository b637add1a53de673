import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, Link, RouterProvider } from 'react-router';
import { render } from '@testing-library/react';
import { AppProviders } from '../../app/providers';
import { mockApi } from '../../test/mock-api';
import { AppLayout } from './app-layout';

describe('the layout while the next page loads', () => {
  it('says the page is loading until its code and data are there, then shows it', async () => {
    mockApi({ '/auth/me': { status: 401, body: { title: 'Niet aangemeld' } } });
    let arrive: () => void = () => undefined;
    const router = createMemoryRouter(
      [
        {
          element: <AppLayout />,
          children: [
            { path: '/', element: <Link to="/traag">Naar de trage pagina</Link> },
            {
              path: '/traag',
              loader: () => new Promise<null>((resolve) => (arrive = () => resolve(null))),
              element: <h1>De trage pagina</h1>,
            },
          ],
        },
      ],
      { initialEntries: ['/'] },
    );
    render(
      <AppProviders>
        <RouterProvider router={router} />
      </AppProviders>,
    );
    await userEvent.click(await screen.findByRole('link', { name: 'Naar de trage pagina' }));
    expect(await screen.findByRole('status')).toHaveTextContent('De pagina wordt geladen…');
    arrive();
    expect(await screen.findByRole('heading', { name: 'De trage pagina' })).toBeInTheDocument();
    expect(screen.queryByText('De pagina wordt geladen…')).toBeNull();
  });
});
