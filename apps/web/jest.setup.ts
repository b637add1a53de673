import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { i18n } from './src/lib/i18n';

// A route renders after its mocked requests resolve; on a busy 2-core machine (the whole suite runs
// API and web tests side by side) that can take longer than the library's 1 s default for findBy*.
configure({ asyncUtilTimeout: 5_000 });

// Every test starts in Dutch, as a new user does.
beforeEach(async () => {
  await i18n.changeLanguage('nl');
});
