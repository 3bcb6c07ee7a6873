import { describe, expect, test } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

/**
 * The package as npm would ship it: `npm pack` (prepack builds dist/ with tsc), the tarball
 * unpacked as node_modules/zhengce of a consumer folder inside the checkout, so its dependencies
 * resolve from the checkout's node_modules and nothing is fetched. The consumer imports it with
 * plain node (no tsx) and type-checks against its .d.ts with strict tsc.
 */
describe("the npm package", () => {
  test("npm pack → unpacked as a dependency → plain node imports extractDocument and diffDocuments; strict tsc passes on a consumer", () => {
    const root = resolve(".");
    const art = join(root, "test", ".artifacts");
    mkdirSync(art, { recursive: true });
    const packDir = mkdtempSync(join(art, "pack-"));
    execFileSync("npm", ["pack", "--pack-destination", packDir, "--silent"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    const tgz = readdirSync(packDir).find((f) => f.endsWith(".tgz"))!;
    const consumer = join(packDir, "consumer");
    const pkgDir = join(consumer, "node_modules", "zhengce");
    mkdirSync(pkgDir, { recursive: true });
    execFileSync("tar", ["xzf", join(packDir, tgz), "-C", pkgDir, "--strip-components=1"]);
    const files = execFileSync("tar", ["tzf", join(packDir, tgz)], { encoding: "utf8" }).split("\n");
    // what a user needs, and nothing of the checkout's tests, corpus or sources
    expect(files).toContain("package/dist/index.js");
    expect(files).toContain("package/dist/index.d.ts");
    expect(files).toContain("package/bin/zhengce.mjs");
    expect(
      files.some((f) => /^package\/(?:test|corpus|scripts)\//.test(f) || /^package\/pipeline\/.*\.ts$/.test(f)),
    ).toBe(false);
    writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    const script = `
      import { extractDocument } from "zhengce";
      import { diffDocuments } from "zhengce/diff";
      import { PolicyDocument } from "zhengce/schemas";
      const a = await extractDocument(${JSON.stringify(join(root, "corpus/tacheng-2018-10.txt"))});
      const b = await extractDocument(${JSON.stringify(join(root, "corpus/tacheng-2020-13.txt"))});
      PolicyDocument.parse(a);
      console.log(JSON.stringify({ a: a.meta.docNumber, measures: a.measures.length, pairs: diffDocuments(a, b).pairs.length }));
    `;
    writeFileSync(join(consumer, "use.mjs"), script);
    const run = spawnSync("node", ["use.mjs"], { cwd: consumer, encoding: "utf8" });
    expect(run.stderr).toBe("");
    const out = JSON.parse(run.stdout) as { a: string; measures: number; pairs: number };
    expect(out.a).toBe("塔行办发〔2018〕10号");
    expect(out.measures).toBe(29);
    expect(out.pairs).toBeGreaterThan(5);
    // the CLI from the package runs the built JavaScript
    const v = spawnSync("node", [join(pkgDir, "bin", "zhengce.mjs"), "--version"], { cwd: consumer, encoding: "utf8" });
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    // a consumer's strict TypeScript
    writeFileSync(
      join(consumer, "use.ts"),
      `import { extractDocument, type PolicyDocument } from "zhengce";\nimport { diffDocuments } from "zhengce/diff";\nconst d: PolicyDocument = await extractDocument("x.txt");\nconst n: number = diffDocuments(d, d).pairs.length;\nexport { n };\n`,
    );
    writeFileSync(
      join(consumer, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: "nodenext",
          moduleResolution: "nodenext",
          target: "es2022",
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ["use.ts"],
      }),
    );
    const tsc = spawnSync(join(root, "node_modules", ".bin", "tsc"), ["-p", consumer], { encoding: "utf8" });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
    rmSync(packDir, { recursive: true, force: true });
  }, 180_000);
});
