#!/usr/bin/env node
// From a package installed from npm: the built JavaScript in dist/. From a checkout: the
// TypeScript sources run through tsx, so `npx zhengce` works right after `npm ci` with no build.
import { existsSync } from "node:fs";

const built = new URL("../dist/cli/cli.js", import.meta.url);
const fromSource = existsSync(new URL("../cli/cli.ts", import.meta.url));
let main;
if (fromSource || !existsSync(built)) {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../cli/cli.ts"));
} else ({ main } = await import(built.href));
process.exitCode = await main(process.argv.slice(2));
