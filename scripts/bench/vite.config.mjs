// Builds the bare React Flow baseline page of `npm run bench` on its own (root: this
// folder), so nothing of it ends up in the app's build.
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const here = fileURLToPath(new URL('.', import.meta.url))

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist-bench/bare', import.meta.url)),
    emptyOutDir: true,
    rollupOptions: { input: { bare: fileURLToPath(new URL('bare.html', import.meta.url)) } },
  },
})
