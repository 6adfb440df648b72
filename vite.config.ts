import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is loaded from file:// in the packaged app, so every asset URL must be relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    // Electron's Chromium is recent; no legacy transforms needed.
    target: 'es2022',
    sourcemap: true,
    // Loaded from local disk, never over a network: one bundle is fine and starts fastest.
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
});
