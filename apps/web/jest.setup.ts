import '@testing-library/jest-dom';
import { i18n } from './src/lib/i18n';

// Every test starts in Dutch, as a new user does.
beforeEach(async () => {
  await i18n.changeLanguage('nl');
});
