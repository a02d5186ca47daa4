// Loaded on demand by ../app.js with import('./lazy.js').
export const lazy = () => 'dynamic import: ok';
