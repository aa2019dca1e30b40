/**
 * The GLPK solver (compiled to WebAssembly), loaded once per process on first
 * use: instantiating it costs tens of milliseconds, solving a small team a few.
 */
import createGlpk, { type GLPK } from 'glpk.js/node';

let loading: Promise<GLPK> | undefined;

export function loadGlpk(): Promise<GLPK> {
  loading ??= createGlpk();
  return loading;
}

export type { GLPK };
