#!/usr/bin/env node
// The package is TypeScript run through tsx, so `npx zhengce` works right after `npm ci` with no build step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../pipeline/cli.ts");
process.exitCode = await main(process.argv.slice(2));
