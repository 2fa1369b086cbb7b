// The dev server's configuration: demo/ and the TypeScript sources it imports, on 127.0.0.1:8000.
// Start it with `npm start` (scripts/start.mjs), which makes it listen on 127.0.0.1 alone and says
// what to do when the port is busy; `npm start -- --port 8123` picks another port.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

export default {
  hostname: '127.0.0.1',
  port: 8000,
  rootDir: '.',
  nodeResolve: true,
  open: false,
  watch: false,
  middleware: [
    function redirectRoot(context, next) {
      if (context.url === '/' || context.url === '/index.html') {
        context.redirect('/demo/');
        return undefined;
      }
      return next();
    },
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig })],
};
