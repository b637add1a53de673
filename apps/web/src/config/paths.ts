/** Every URL of the web app, in one place; screens link through these, never by string. */
export const paths = {
  home: { path: '/', url: () => '/' },
  region: { path: '/regio/:regionId', url: (regionId: string) => `/regio/${regionId}` },
} as const;
