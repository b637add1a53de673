/** Every URL of the web app, in one place; screens link through these, never by string. */
export const paths = {
  home: { path: '/', url: () => '/' },
  signIn: {
    path: '/aanmelden',
    url: (next?: string) => (next ? `/aanmelden?terug=${encodeURIComponent(next)}` : '/aanmelden'),
  },
  region: { path: '/regio/:regionId', url: (regionId: string) => `/regio/${regionId}` },
} as const;
