// The first script index.html runs (its own entry of the build, apps/web/vite.config.ts): a few
// hundred bytes that start what the first screen needs while the app still loads.
import { earlyStart } from './app/early-start';

earlyStart(window.location, document);
