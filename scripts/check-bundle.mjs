// `npm run check:bundle`: the JavaScript a browser needs for the first route `/` of the built web
// app (dist/web) must stay within 200 kB as it goes over the wire. Reads index.html for its scripts
// (the early start and the app's entry), the modules it preloads and those the early start preloads
// for `/` (the first route's files and the features' strings; its table in index.html), adds the
// lazy chunk of the first route and, from that, the
// lazy page a visitor sees there (the one Lighthouse's `home` measures), follows every static
// import of those modules (never dynamic `import()`: that is loaded later), and counts the brotli
// copy the build wrote next to each file (what the API sends a browser that accepts brotli; see
// apps/api/src/web/serve-web-app.ts). A file without one counts as it is: that is what is sent.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BUDGET_KB = 200;
/** The lazy chunk of the first route: app/router.tsx imports './routes/home' for `/`. */
const FIRST_ROUTE_CHUNK = /^home-[\w-]+\.js$/;
/** What `/` shows a visitor, lazy in routes/home.tsx (a signed-in person gets signed-in-home). */
const VISITOR_CHUNK = /^visitor-home-[\w-]+\.js$/;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist/web');
const indexHtml = path.join(dist, 'index.html');
if (!existsSync(indexHtml)) {
  console.error('dist/web/index.html is missing: build the web app first (npm run build).');
  process.exit(1);
}

const html = readFileSync(indexHtml, 'utf8');
const attribute = (tag, name) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`).exec(tag)?.[1];
const fromHtml = [];
for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
  if (attribute(tag, 'type') === 'module' && attribute(tag, 'src')) {
    fromHtml.push(attribute(tag, 'src'));
  }
}
if (fromHtml.length === 0) {
  console.error('index.html has no <script type="module" src="…">.');
  process.exit(1);
}
for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
  if (attribute(tag, 'rel') === 'modulepreload' && attribute(tag, 'href')) {
    fromHtml.push(attribute(tag, 'href'));
  }
}
// What the early start (src/boot.ts) preloads for `/`: the first route's files and the strings,
// from the table the build writes into index.html (apps/web/vite.config.ts).
const table = /<script type="application\/json" id="koers-screens">([^<]*)<\/script>/.exec(html);
if (!table) {
  console.error('index.html has no early start table (script#koers-screens).');
  process.exit(1);
}
const { strings, screens } = JSON.parse(table[1]);
fromHtml.push(strings, ...(screens.find((screen) => screen.path === '/')?.files ?? []));
const toFile = (url) => path.join(dist, url.replace(/^\//, ''));

const STATIC_IMPORT = /\bimport\s*(?:[^;()"'`]*?\bfrom\s*)?["'`]([^"'`]+)["'`]/g;
const STATIC_REEXPORT =
  /\bexport\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*["'`]([^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g;

const firstRoute = fromHtml
  .map(toFile)
  .flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(DYNAMIC_IMPORT)].map((match) =>
      path.join(path.dirname(file), match[1]),
    ),
  )
  .find((file) => FIRST_ROUTE_CHUNK.test(path.basename(file)));
if (!firstRoute) {
  console.error(
    `The first page's scripts have no lazy chunk for the first route (${FIRST_ROUTE_CHUNK}).`,
  );
  process.exit(1);
}

const visitorPage = [...readFileSync(firstRoute, 'utf8').matchAll(DYNAMIC_IMPORT)]
  .map((match) => path.join(path.dirname(firstRoute), match[1]))
  .find((file) => VISITOR_CHUNK.test(path.basename(file)));
if (!visitorPage) {
  console.error(`The first route has no lazy chunk for a visitor's page (${VISITOR_CHUNK}).`);
  process.exit(1);
}

/** Every module reached from the start files through static imports and re-exports. */
const needed = new Map();
const queue = [...fromHtml.map(toFile), firstRoute, visitorPage];
while (queue.length > 0) {
  const file = queue.shift();
  if (needed.has(file) || !file.endsWith('.js')) continue;
  const code = readFileSync(file);
  needed.set(file, existsSync(`${file}.br`) ? statSync(`${file}.br`).size : code.length);
  const text = code.toString('utf8');
  for (const match of [...text.matchAll(STATIC_IMPORT), ...text.matchAll(STATIC_REEXPORT)]) {
    if (match[1].startsWith('.') || match[1].startsWith('/')) {
      queue.push(
        match[1].startsWith('/') ? toFile(match[1]) : path.join(path.dirname(file), match[1]),
      );
    }
  }
}

const kB = (bytes) => (bytes / 1000).toFixed(2);
const total = [...needed.values()].reduce((sum, bytes) => sum + bytes, 0);
console.log('JavaScript for the first route `/` of a visitor over the wire (brotli):');
for (const [file, bytes] of [...needed].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${kB(bytes).padStart(8)} kB  ${path.relative(dist, file)}`);
}
console.log(`  ${kB(total).padStart(8)} kB  in total; the budget is ${BUDGET_KB} kB.`);
if (total > BUDGET_KB * 1000) {
  console.error(
    `Over budget by ${kB(total - BUDGET_KB * 1000)} kB: lazy-load what the first page does not need.`,
  );
  process.exit(1);
}
console.log('Within budget.');
