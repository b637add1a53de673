import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
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

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Writes a brotli (.br) and a gzip (.gz) copy next to every text file of the build, at the highest
 * levels (once, at build time), so the API can send what the browser accepts without compressing
 * per request (apps/api/src/web/serve-web-app.ts). Source maps are left alone: no browser of a
 * user asks for them. A copy that would not be smaller is not written.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'koers:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
      const texts = entries.filter(
        (e) => e.isFile() && /\.(js|mjs|css|html|svg|json|txt|webmanifest)$/.test(e.name),
      );
      await Promise.all(
        texts.map(async (entry) => {
          const file = path.join(entry.parentPath, entry.name);
          const body = await readFile(file);
          const br = await brotli(body, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
            },
          });
          const gz = await gzipAsync(body, { level: constants.Z_BEST_COMPRESSION });
          if (br.length < body.length) await writeFile(`${file}.br`, br);
          if (gz.length < body.length) await writeFile(`${file}.gz`, gz);
        }),
      );
    },
  };
}

/**
 * React Router 7's package exports name only its development build (remix-run/react-router#12532,
 * #14753): a production bundle would carry its dev warnings. The build takes the production files
 * it ships beside them; both entries from the same folder, so there is one router context.
 */
const reactRouterProduction = [
  {
    find: /^react-router$/,
    replacement: path.join(root, 'node_modules/react-router/dist/production/index.mjs'),
  },
  {
    find: /^react-router\/dom$/,
    replacement: path.join(root, 'node_modules/react-router/dist/production/dom-export.mjs'),
  },
];

export default defineConfig(({ command }) => ({
  root: __dirname,
  plugins: [react(), dropUtrechtDisplayNames(), precompress()],
  resolve: {
    alias: [
      { find: '@koers/contracts', replacement: path.join(root, 'libs/contracts/src/index.ts') },
      { find: '@koers/domain', replacement: path.join(root, 'libs/domain/src/index.ts') },
      ...(command === 'build' ? reactRouterProduction : []),
    ],
  },
  build: {
    outDir: path.join(root, 'dist/web'),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // The app's small helpers that several pages share (formatting, query states,
              // roles, the domain's rules): one file instead of a dozen of a few hundred bytes
              // each, every one of which cost a request and ~430 bytes of headers on a first
              // visit (issue 14: the programme page loaded 31 files). Their dependencies come
              // along, so the modules still run in the order they import each other.
              name: 'shared',
              test: /apps\/web\/src\/(lib|config|components)\/|libs\/(domain|contracts)\/src\//,
              minShareCount: 2,
              maxModuleSize: 3000,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    // `npm run dev`: the Vite dev server forwards the API to the API in watch mode.
    proxy: { '/api': `http://127.0.0.1:${apiPort}` },
  },
}));
