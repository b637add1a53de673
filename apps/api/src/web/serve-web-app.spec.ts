import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import express from 'express';
import request from 'supertest';
import { webAppMiddleware } from './serve-web-app';

const SCRIPT = `console.log(${JSON.stringify('Koers '.repeat(200))});`;
const HTML = '<!doctype html><html lang="nl"><title>Koers</title><div id="root"></div></html>';

/** The body as bytes, after supertest undid the Content-Encoding as a browser would. */
const raw = (req: request.Test) =>
  req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

describe('the web app as a browser receives it', () => {
  let webDir: string;
  let app: express.Express;

  beforeAll(async () => {
    webDir = await mkdtemp(path.join(os.tmpdir(), 'koers-web-'));
    await mkdir(path.join(webDir, 'assets'));
    const write = (name: string, body: string | Buffer) => writeFile(path.join(webDir, name), body);
    await write('index.html', HTML);
    await write('index.html.br', brotliCompressSync(HTML));
    await write('index.html.gz', gzipSync(HTML));
    await write('assets/index-abc.js', SCRIPT);
    await write('assets/index-abc.js.br', brotliCompressSync(SCRIPT));
    await write('assets/index-abc.js.gz', gzipSync(SCRIPT));
    await write('assets/index-abc.js.map', '{"version":3}');
    await write('favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
    app = express();
    app.use(webAppMiddleware(webDir, { sourceMaps: false }));
    app.use((_req, res) => res.status(404).json({ status: 404 }));
  });
  afterAll(() => rm(webDir, { recursive: true, force: true }));

  it('sends a hashed asset as brotli to a browser that accepts it, cached for a year', async () => {
    const res = await raw(
      request(app).get('/assets/index-abc.js').set('Accept-Encoding', 'gzip, deflate, br, zstd'),
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['vary']).toMatch(/Accept-Encoding/);
    expect(Number(res.headers['content-length'])).toBeLessThan(SCRIPT.length / 10);
    expect((res.body as Buffer).toString()).toBe(SCRIPT);
  });

  it('sends gzip to a browser without brotli, and the plain file to one that accepts neither', async () => {
    const gz = await raw(request(app).get('/assets/index-abc.js').set('Accept-Encoding', 'gzip'));
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await raw(
      request(app).get('/assets/index-abc.js').set('Accept-Encoding', 'identity'),
    );
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect((plain.body as Buffer).toString()).toBe(SCRIPT);
    expect(plain.headers['vary']).toMatch(/Accept-Encoding/);
  });

  it('has the browser revalidate index.html, also when it opens a route of the app', async () => {
    for (const url of ['/', '/index.html', '/programma/123']) {
      const res = await raw(request(app).get(url).set('Accept-Encoding', 'br'));
      expect({ url, status: res.status, cache: res.headers['cache-control'] }).toEqual({
        url,
        status: 200,
        cache: 'no-cache',
      });
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect((res.body as Buffer).toString()).toBe(HTML);
    }
  });

  it('answers a missing asset, a compressed copy asked by name and a source map with 404', async () => {
    for (const url of [
      '/assets/missing.js',
      '/favicon-missing.png',
      '/assets/index-abc.js.map',
      '/assets/index-abc.js.br',
    ]) {
      const res = await request(app).get(url).set('Accept-Encoding', 'br');
      expect({ url, status: res.status }).toEqual({ url, status: 404 });
    }
    const favicon = await request(app).get('/favicon.svg');
    expect(favicon.status).toBe(200);
    expect(favicon.headers['cache-control']).toBe('no-cache');
  });
});
