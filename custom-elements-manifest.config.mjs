export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/cli/**', 'src/authoring/**'],
  outdir: '.',
  litelement: true,
};
