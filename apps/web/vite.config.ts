import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = path.resolve(__dirname, '../..');
const apiPort = process.env.PORT ?? '3000';

/**
 * The NL Design System's React components name themselves for React DevTools at the top of their
 * one module (`Heading.displayName = 'Heading'`). Those writes count as side effects and keep all
 * ~100 components in the bundle, used or not; without them tree-shaking drops the unused ones,
 * which keeps the first page within its JavaScript budget (scripts/check-bundle.mjs).
 */
function dropUtrechtDisplayNames(): Plugin {
  return {
    name: 'koers:drop-utrecht-display-names',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/@utrecht/component-library-react/dist/')) return null;
      // Same number of lines, so the source map still points at the right lines.
      return { code: code.replace(/^[\w$]+\.displayName = '[^'\n]*';$/gm, ''), map: null };
    },
  };
}

export default defineConfig({
  root: __dirname,
  plugins: [react(), dropUtrechtDisplayNames()],
  resolve: {
    alias: {
      '@koers/contracts': path.join(root, 'libs/contracts/src/index.ts'),
      '@koers/domain': path.join(root, 'libs/domain/src/index.ts'),
    },
  },
  build: {
    outDir: path.join(root, 'dist/web'),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    port: 5173,
    // `npm run dev`: the Vite dev server forwards the API to the API in watch mode.
    proxy: { '/api': `http://127.0.0.1:${apiPort}` },
  },
});
