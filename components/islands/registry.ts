import { ISLANDS } from "@/site.config.mjs";

/** The islands declared in site.config.mjs, for the pages that render them. */
export type IslandDeclaration = (typeof ISLANDS)[number];
export type IslandId = IslandDeclaration["id"];

export function islandById(id: IslandId): IslandDeclaration {
  const island = ISLANDS.find((i) => i.id === id);
  if (!island) throw new Error(`no island "${id}" in site.config.mjs`);
  return island;
}
