// Svelte compiler settings for the UI (read by vite-plugin-svelte; vite's root is this folder).
export default {
  compilerOptions: {
    // Svelte 5 runes everywhere.
    runes: true,
  },
};
