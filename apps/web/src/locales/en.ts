import type { Translations } from './nl';

export const en: Translations = {
  app: {
    name: 'Koers',
    tagline: "The region's annual programme",
    skipToContent: 'Skip to content',
    mainNavigation: 'Main menu',
    language: 'Language',
    switchToLanguage: 'Nederlands',
    switchLanguageLabel: 'Wissel naar Nederlands',
    footer: 'Koers — regional cooperation that every municipal council can keep a grip on.',
  },
  nav: {
    home: 'Home',
  },
  home: {
    title: 'Welcome to Koers',
    intro:
      'With Koers a region drafts its annual programme: the assignments with goal, result, budget, capacity and mandate. The board decides, and every municipal council sees what the region asks, what its own municipality pays, and gives its formal view.',
    rolesTitle: 'Who it is for',
    roles: {
      bureau: 'The regional bureau drafts the programme and keeps it current.',
      board: 'The board decides on the proposal and adopts it.',
      portfolio: 'Portfolio holders act within their mandate and account for it.',
      council:
        'Councillors and council clerks see what their municipality pays and what became of their formal view.',
    },
  },
  status: {
    title: 'System status',
    checking: 'Checking status…',
    ok: 'Koers and its database are reachable.',
    down: 'The database cannot be reached right now. Please try again in a few minutes.',
    failed: 'Koers cannot be reached.',
    retry: 'Try again',
  },
  notFound: {
    title: 'Page not found',
    body: 'This page does not exist (any more). Check the address or go back to the start.',
    back: 'Back to the start',
  },
  errors: {
    generic: 'Something went wrong.',
    requestId: 'Request number: {{requestId}}',
  },
};
