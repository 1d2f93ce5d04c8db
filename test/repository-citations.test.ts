import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";

/**
 * Nothing in the repository may cite a file outside it: a reader (or a build) cannot follow a comment or
 * a data source to a folder only one machine had. Research notes belong in docs/parameters.md.
 */
const ROOT = process.cwd();
const SCANNED = ["lib", "site", "components", "app", "scripts", "test", "e2e", "messages", "docs", "README.md"];

/** Tracked files (and new ones not yet committed), as git sees them. */
function files(): string[] {
  const out = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z", "--", ...SCANNED], {
    encoding: "utf8",
  });
  return [...new Set(out.split("\0").filter((f) => f !== ""))].filter((f) => !/\.(png|jpe?g|webp|ico|woff2?)$/.test(f));
}

// Written in pieces, so this file does not cite what it looks for.
const FORBIDDEN: { what: string; pattern: RegExp }[] = [
  { what: "the research notes kept outside the repository", pattern: new RegExp(["\\bPARAM", "ETERS\\.md"].join("")) },
  { what: "a temporary path", pattern: new RegExp(["(^|[\\s\"'`(])", "/tm", "p/"].join("")) },
  { what: "the shared folder beside the repository", pattern: new RegExp(["shared", "/policy"].join("")) },
  { what: "a machine's absolute path", pattern: new RegExp(["(^|[\\s\"'`(])", "/(work|home|root|Users)/"].join("")) },
];

/** Relative paths ("../x") that climb out of the repository from the file they are written in. The security
 *  tests' path-traversal probes (up to "etc") are attacks, not citations. */
function escapingPaths(file: string, text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?:\.\.\/)+[\w@.-][\w@./-]*/g)) {
    const target = resolve(ROOT, dirname(file), match[0]);
    const inside = relative(ROOT, target);
    const probe = /^(\.\.\/)+etc(\/|$)/.test(match[0]);
    if (!probe && (inside.startsWith(`..${sep}`) || inside === "..")) found.push(match[0]);
  }
  return found;
}

describe("the repository cites nothing outside itself", () => {
  const list = files();

  it("scans the source, test, message and documentation files", () => {
    expect(list).toContain("lib/params/data/insurance.ts");
    expect(list).toContain("docs/parameters.md");
    expect(list.length).toBeGreaterThan(100);
  });

  it("has no reference to a file or folder outside the repository", () => {
    const problems: string[] = [];
    for (const file of list) {
      const text = readFileSync(file, "utf8");
      text.split("\n").forEach((line, i) => {
        for (const { what, pattern } of FORBIDDEN)
          if (pattern.test(line)) problems.push(`${file}:${i + 1}: ${what}: ${line.trim().slice(0, 120)}`);
        for (const path of escapingPaths(file, line))
          problems.push(`${file}:${i + 1}: a path outside the repository: ${path}`);
      });
    }
    expect(problems).toEqual([]);
  });
});
