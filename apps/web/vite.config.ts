import { readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type Rolldown } from 'vite';

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
 * The screens' code in index.html, for the early start (src/boot.ts, its own small entry, run
 * first): a JSON table of every screen's URL pattern (src/config/paths.ts), its route module's
 * name and the files of its lazy chunk that the app's own scripts do not already bring, and the
 * file of every feature's strings. The early start preloads what the address needs beside the
 * app's scripts instead of one round trip after they have run (src/app/early-start.ts). Read from
 * the sources (screens.ts names each route module and its path) and the bundle; a screen the
 * table misses fails the build.
 */
function earlyStartTable(): Plugin {
  const src = path.join(__dirname, 'src');
  const chunkOf = (bundle: Rolldown.OutputBundle, file: string) =>
    Object.values(bundle).find(
      (output): output is Rolldown.OutputChunk =>
        output.type === 'chunk' && output.facadeModuleId === path.join(src, file),
    );
  /** A chunk's file and the files it imports, recursively. */
  const closure = (
    bundle: Rolldown.OutputBundle,
    chunk: Rolldown.OutputChunk,
    seen = new Set<string>(),
  ) => {
    if (seen.has(chunk.fileName)) return seen;
    seen.add(chunk.fileName);
    for (const file of chunk.imports) closure(bundle, bundle[file] as Rolldown.OutputChunk, seen);
    return seen;
  };
  return {
    name: 'koers:early-start-table',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk: main }) {
        if (!bundle || !main) throw new Error('The early start table needs the built bundle.');
        const patterns = new Map(
          [...read('config/paths.ts').matchAll(/^ {2}(\w+): \{\s*path: '([^']+)'/gm)].map(
            ([, name, pattern]) => [name, pattern],
          ),
        );
        const entries = [
          ...read('app/screens.ts').matchAll(
            /path: (?:paths\.(\w+)\.path|'(\*)'),\s*load: \(\) => import\('\.\/routes\/([\w-]+)'\)/g,
          ),
        ];
        if (entries.length !== read('app/screens.ts').match(/load: \(\) => import\(/g)?.length)
          throw new Error('src/app/screens.ts: a screen is not written as the table expects.');
        const loaded = closure(bundle, main);
        const screens = entries.map(([, name, star, module]) => {
          const chunk = chunkOf(bundle, `app/routes/${module}.tsx`);
          const pattern = star ?? patterns.get(name);
          if (!chunk || !pattern) throw new Error(`No chunk or path for the screen ${module}.`);
          const files = [...closure(bundle, chunk)].filter((file) => !loaded.has(file));
          return { path: pattern, module, files: files.map((file) => `/${file}`) };
        });
        const strings = chunkOf(bundle, 'locales/features.ts');
        if (!strings) throw new Error("The build has no chunk of the features' strings.");
        const table = { strings: `/${strings.fileName}`, screens };
        const boot = Object.values(bundle).find(
          (output) => output.type === 'chunk' && output.isEntry && output.name === 'boot',
        );
        if (!boot) throw new Error('The build has no early start (src/boot.ts).');
        return [
          // First in the head: a module script runs in document order, and this one is in first.
          {
            tag: 'script',
            attrs: { type: 'module', crossorigin: true, src: `/${boot.fileName}` },
            injectTo: 'head-prepend',
          },
          {
            tag: 'script',
            attrs: { type: 'application/json', id: 'koers-screens' },
            children: JSON.stringify(table),
            injectTo: 'body',
          },
        ];
      },
    },
  };

  function read(file: string) {
    return readFileSync(path.join(src, file), 'utf8');
  }
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
  plugins: [react(), dropUtrechtDisplayNames(), earlyStartTable(), precompress()],
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
      // The early start (src/boot.ts) is an entry of its own: index.html runs it first.
      input: {
        index: path.join(__dirname, 'index.html'),
        boot: path.join(__dirname, 'src/boot.ts'),
      },
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
