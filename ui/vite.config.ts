import { defineConfig } from "vitest/config";

// The app is loaded by Tauri from ui/dist; relative asset paths keep it independent of the origin.
export default defineConfig({
  base: "./",
  clearScreen: false,
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "safari15",
    // No inline assets: the CSP allows only 'self' for scripts, styles and images.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  server: { port: 1420, strictPort: true },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
  },
});
