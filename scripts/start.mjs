// `npm start`: the dev server of web-dev-server.config.mjs (demo/ and the TypeScript sources it
// imports), listening on 127.0.0.1 only. Options as web-dev-server's: `npm start -- --port 8123`.
//
// web-dev-server itself listens on every interface when told 127.0.0.1 (it drops a local host
// name before listen()), and a busy port ends it with a raw stack trace. So it runs here in
// middleware mode, and this script owns the listening socket.
import { createServer } from 'node:http';
import { startDevServer } from '@web/dev-server';

const devServer = await startDevServer({
  config: { middlewareMode: true },
  logStartMessage: false,
  autoExitProcess: false,
});
const { hostname = '127.0.0.1', port = 8000 } = devServer.config;
const server = createServer(devServer.koaApp.callback());

const stop = async () => {
  server.close();
  await devServer.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

server.on('error', async (error) => {
  const another = `npm start -- --port ${port === 65535 ? 8000 : port + 1}`;
  if (error.code === 'EADDRINUSE') {
    console.error(`Port ${port} on ${hostname} is already in use (is another \`npm start\` running?).\nStop what uses it, or start on another port: ${another}`);
  } else if (error.code === 'EACCES') {
    console.error(`Port ${port} on ${hostname} needs administrator rights. Start on a port above 1023: npm start -- --port 8000`);
  } else {
    console.error(`The dev server could not listen on ${hostname}:${port}: ${error.message}`);
  }
  await devServer.stop();
  process.exit(1);
});

server.listen(port, hostname, () => {
  console.log(`news-quiz dev server on http://${hostname}:${port}/ (only this machine can reach it)`);
  console.log(`  self-check demo:   http://${hostname}:${port}/demo/`);
  console.log(`  make a quiz from an article: http://${hostname}:${port}/demo/author.html`);
  console.log('Ctrl+C stops it.');
});
