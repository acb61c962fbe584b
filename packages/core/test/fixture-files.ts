/// <reference types="node" />
import { readdirSync, readFileSync } from "node:fs";

export const FIXTURES = new URL("./fixtures/", import.meta.url);

/** The real brief the format is defined by, byte for byte. */
export const REFERENCE = "rare-earths-2025-10-24.txt";

export function readFixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), "utf8");
}

export function readFixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(name, FIXTURES)));
}

/** Every text fixture, the reference included. */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURES)
    .filter((name) => name.endsWith(".txt"))
    .sort();
}
