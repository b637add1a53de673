import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import multer from 'multer';
import { Observable } from 'rxjs';
import {
  importFieldUnexpected,
  importFileMissing,
  importFileTooLarge,
  MAX_IMPORT_BYTES,
} from './import.errors';

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 0, parts: 1, headerPairs: 50 },
}).single('file');

/**
 * Reads the one file of a multipart/form-data upload (field `file`, at most 10 MB) into memory;
 * every other part, a second file or a larger file is refused with a problem naming the field.
 */
@Injectable()
export class FileUploadInterceptor implements NestInterceptor {
  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    await new Promise<void>((resolve, reject) => {
      upload(req, http.getResponse<Response>(), (error: unknown) => {
        if (!error) return resolve();
        const { code, field } = error as { code?: string; field?: string };
        if (code === 'LIMIT_FILE_SIZE') return reject(importFileTooLarge());
        if (
          code === 'LIMIT_UNEXPECTED_FILE' ||
          code === 'LIMIT_FIELD_COUNT' ||
          code === 'LIMIT_PART_COUNT'
        ) {
          return reject(
            field && field !== 'file'
              ? importFieldUnexpected(field)
              : importFieldUnexpected('file'),
          );
        }
        reject(importFileMissing());
      });
    });
    if (!req.file) throw importFileMissing();
    return next.handle();
  }
}
