import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = path.resolve(__dirname, '../..');
const apiPort = process.env.PORT ?? '3000';

export default defineConfig({
  root: __dirname,
  plugins: [react()],
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
