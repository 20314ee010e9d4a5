// Vite build of the portal and console (docs/web.md). `npm run build` → dist/, served by
// `xinjian serve --web web/dist`; `npm run dev` proxies /api to a server on 127.0.0.1:8080.
import { gzipSync } from 'node:zlib'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

// Writes "<file>.gz" beside every compressible file over 1 KiB: the server sends it to clients
// that accept gzip (src/http/static_files.cpp), so nothing is compressed per request.
function precompress() {
  let outDir
  const compressible = /\.(js|css|html|svg|json)$/
  const walk = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? walk(path) : [path]
    })
  return {
    name: 'xinjian-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir
    },
    closeBundle() {
      for (const file of walk(outDir)) {
        if (!compressible.test(file) || statSync(file).size < 1024) continue
        writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }))
      }
    },
  }
}

export default defineConfig({
  plugins: [vue(), precompress()],
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    chunkSizeWarningLimit: 800,
  },
  // XJ_API: where `npm run dev` and `npm run preview` send /api (default the local server).
  server: { proxy: { '/api': process.env.XJ_API ?? 'http://127.0.0.1:8080' } },
  preview: { proxy: { '/api': process.env.XJ_API ?? 'http://127.0.0.1:8080' } },
})
