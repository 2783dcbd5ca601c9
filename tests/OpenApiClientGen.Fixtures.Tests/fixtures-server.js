// Serves the recorded GitHub scenarios of @octokit/fixtures (through @octokit/fixtures-server's middleware) on
// 127.0.0.1 only, on a free port, and prints "listening 127.0.0.1:PORT" as one line once it accepts connections.
// The package's own launcher (bin/server.js) listens on every interface and on a fixed port; this one does not.
//
//   POST /fixtures {"scenario": "get-repository"}  ->  201 {"id": "...", "url": "http://127.0.0.1:PORT/api.github.com/<id>"}
//
// Usage: node fixtures-server.js      (after `npm ci` in this folder)
"use strict";

const http = require("node:http");

async function main() {
  // Both packages are ES modules; import() loads them from CommonJS on every supported node version.
  const { default: express } = await import("express");
  const { default: fixtureServerMiddleware } = await import("@octokit/fixtures-server");

  const app = express();
  const server = http.createServer(app);
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { address, port } = server.address();

  app.get("/ping", (request, response) => response.json({ ok: true }));
  // The middleware rewrites the recorded URLs (Link headers, *_url members) to fixturesUrl, which is only known
  // once the port is chosen; it is mounted before the port is printed, so no request can come earlier.
  app.use(
    fixtureServerMiddleware({
      fixturesUrl: `http://${address}:${port}`,
      logLevel: process.env.LOG_LEVEL || "warn",
      ttl: 60000,
    }),
  );

  process.stdout.write(`listening ${address}:${port}\n`);

  const stop = () => server.close(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  // The parent closing our stdin (or dying) ends the server too.
  process.stdin.on("end", stop);
  process.stdin.resume();
}

main().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
