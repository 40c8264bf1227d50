/// <reference types="vitest/config" />
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [vue()],
  define: {
    // Composition API only: drop vue-i18n's legacy API and its production devtools hooks.
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  build: {
    // The Maven module packs target/classes/public/** into its jar; the backend serves it at /.
    outDir: 'target/classes/public',
    emptyOutDir: true,
    // The map page's lazy chunk is MapLibre (≈ 1.1 MB, 300 kB gzipped). First-load budget, checked
    // at build time by this limit for every other chunk: entry ≤ 200 kB (≈ 65 kB gzipped).
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // `npm run dev` talks to a backend started with `./deban run` (Micronaut's default port).
    proxy: { '/api': process.env.DEBAN_API ?? 'http://localhost:8080' },
  },
  test: {
    include: ['src/**/*.spec.ts'],
    environment: 'node',
    // Let contrast.spec.ts read the real stylesheet (Vitest blanks CSS by default).
    css: { include: [/base\.css/] },
  },
})
