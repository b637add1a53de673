import { StreamableFile } from '@nestjs/common';

/** A file name that every browser and operating system keeps: lower case ASCII, dashes. */
export function pdfFileName(...parts: (string | number)[]): string {
  const slug = parts
    .map((p) =>
      String(p)
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter(Boolean)
    .join('-');
  return `${slug.slice(0, 120) || 'document'}.pdf`;
}

/**
 * The generated PDF as the response: `application/pdf`, offered for download under `fileName`.
 * The document is complete before the first byte goes out, so a failure is still a problem+json
 * answer and never half a file.
 */
export function pdfResponse(bytes: Buffer, fileName: string): StreamableFile {
  return new StreamableFile(bytes, {
    type: 'application/pdf',
    disposition: `attachment; filename="${fileName}"`,
    length: bytes.length,
  });
}
