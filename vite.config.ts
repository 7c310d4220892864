import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // dist/ also holds the command-line tool (dist/cli.mjs, dist/data): the app builds beside it,
    // so building either never deletes the other.
    outDir: 'dist/app',
    // The AWS managed policy catalog is one lazily loaded ~3 MB chunk (450 KB gzip), by design.
    chunkSizeWarningLimit: 4000,
  },
  preview: { port: 4173, strictPort: true },
});
