import type { Readable } from 'node:stream';
import type { Response } from 'superagent';

/** A supertest parser that keeps the body as a Buffer (for XLSX, PDF and CSV bytes). */
export function binaryParser(res: Response, done: (error: Error | null, body: Buffer) => void) {
  // In Node the response handed to a parser is the incoming message stream.
  const stream = res as unknown as Readable;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}
