/**
 * Non-negative matrix factorisation X ≈ W·H of a sparse documents × terms matrix,
 * minimising the Frobenius norm (Lee & Seung 2001, "Algorithms for non-negative
 * matrix factorization"), solved by hierarchical alternating least squares (HALS;
 * Cichocki & Phan 2009, "Fast local algorithms for large scale nonnegative matrix and
 * tensor factorizations"), which converges in far fewer sweeps than the
 * multiplicative updates and costs the same per sweep: one pass over the non-zeros
 * of X and small k × k products. Initialisation is seeded, so results are
 * deterministic for the same input and seed.
 */
import { seededRandom } from "./random.js";

/** Sparse rows (documents) of a non-negative matrix, CSR layout. */
export interface SparseMatrix {
  rows: number;
  cols: number;
  /** rowStart[r] .. rowStart[r + 1] index into colIndex / values. */
  rowStart: Int32Array;
  colIndex: Int32Array;
  values: Float64Array;
}

export interface Factorisation {
  /** rows × k, row-major. */
  W: Float64Array;
  /** k × cols, row-major. */
  H: Float64Array;
  k: number;
  /** Relative reconstruction error ‖X − WH‖ / ‖X‖. */
  error: number;
  sweeps: number;
}

export interface NmfOptions {
  seed?: number;
  maxSweeps?: number;
  /** Stop when the relative error improves by less than this between sweeps. */
  tolerance?: number;
  /** Sweeps always made before the tolerance test applies. */
  minSweeps?: number;
}

const EPS = 1e-10;
const CHECK_EVERY = 5;

export function nmf(X: SparseMatrix, k: number, options: NmfOptions = {}): Factorisation {
  const { rows: n, cols: m } = X;
  const random = seededRandom(options.seed ?? 1);
  const maxSweeps = options.maxSweeps ?? 200;
  const tolerance = options.tolerance ?? 5e-5;
  const minSweeps = Math.min(maxSweeps, options.minSweeps ?? 30);
  // Scale the random start to the data's mean so the first sweeps are not wasted.
  let total = 0;
  for (const v of X.values) total += v;
  const scale = Math.sqrt(total / Math.max(1, n * m) / Math.max(1, k));
  const W = new Float64Array(n * k).map(() => random() * scale);
  const Ht = new Float64Array(m * k).map(() => random() * scale);
  let normX2 = 0;
  for (const v of X.values) normX2 += v * v;

  // The error costs as much as a sweep, so it is checked every CHECK_EVERY sweeps.
  let previous = Infinity;
  let error = 1;
  let sweep = 0;
  while (sweep < maxSweeps) {
    updateW(X, W, Ht, k);
    updateH(X, W, Ht, k);
    sweep++;
    if (sweep % CHECK_EVERY !== 0 && sweep < maxSweeps) continue;
    error = relativeError(X, W, Ht, k, normX2);
    if (sweep >= minSweeps && previous - error < tolerance * CHECK_EVERY) break;
    previous = error;
  }
  return { W, H: transpose(Ht, k, m), k, error, sweeps: sweep };
}

/*
 * Internally H is kept transposed (Ht, cols × k, row-major) so that every inner
 * loop over the k topics reads contiguous memory.
 */

/** HALS update of W's columns: W[:,j] ← max(ε, W[:,j] + ((X Hᵀ)[:,j] − W (H Hᵀ)[:,j]) / (H Hᵀ)[j,j]). */
function updateW(X: SparseMatrix, W: Float64Array, Ht: Float64Array, k: number): void {
  const n = X.rows;
  const XHt = new Float64Array(n * k);
  for (let r = 0; r < n; r++) {
    const base = r * k;
    for (let p = X.rowStart[r] as number; p < (X.rowStart[r + 1] as number); p++) {
      const hBase = (X.colIndex[p] as number) * k;
      const v = X.values[p] as number;
      for (let j = 0; j < k; j++) XHt[base + j] = (XHt[base + j] as number) + v * (Ht[hBase + j] as number);
    }
  }
  const HHt = gram(Ht, k, X.cols);
  for (let j = 0; j < k; j++) {
    const d = Math.max(HHt[j * k + j] as number, EPS);
    for (let r = 0; r < n; r++) {
      const base = r * k;
      let wh = 0;
      for (let l = 0; l < k; l++) wh += (W[base + l] as number) * (HHt[l * k + j] as number);
      const next = (W[base + j] as number) + ((XHt[base + j] as number) - wh) / d;
      W[base + j] = next > EPS ? next : EPS;
    }
  }
}

/** HALS update of H's rows, symmetric to updateW: uses Wᵀ X and Wᵀ W. */
function updateH(X: SparseMatrix, W: Float64Array, Ht: Float64Array, k: number): void {
  const { rows: n, cols: m } = X;
  const XtW = new Float64Array(m * k);
  for (let r = 0; r < n; r++) {
    const wBase = r * k;
    for (let p = X.rowStart[r] as number; p < (X.rowStart[r + 1] as number); p++) {
      const base = (X.colIndex[p] as number) * k;
      const v = X.values[p] as number;
      for (let j = 0; j < k; j++) XtW[base + j] = (XtW[base + j] as number) + v * (W[wBase + j] as number);
    }
  }
  const WtW = gram(W, k, n);
  for (let j = 0; j < k; j++) {
    const d = Math.max(WtW[j * k + j] as number, EPS);
    const row = j * k;
    for (let c = 0; c < m; c++) {
      const base = c * k;
      let wh = 0;
      for (let l = 0; l < k; l++) wh += (WtW[row + l] as number) * (Ht[base + l] as number);
      const next = (Ht[base + j] as number) + ((XtW[base + j] as number) - wh) / d;
      Ht[base + j] = next > EPS ? next : EPS;
    }
  }
}

/** Aᵀ A (k × k) for A of rows × k, row-major. */
function gram(A: Float64Array, k: number, rows: number): Float64Array {
  const G = new Float64Array(k * k);
  for (let r = 0; r < rows; r++) {
    const base = r * k;
    for (let a = 0; a < k; a++) {
      const va = A[base + a] as number;
      if (va === 0) continue;
      const row = a * k;
      for (let b = a; b < k; b++) G[row + b] = (G[row + b] as number) + va * (A[base + b] as number);
    }
  }
  for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) G[a * k + b] = G[b * k + a] as number;
  return G;
}

/**
 * ‖X − WH‖² = ‖X‖² − 2 tr(Wᵀ X Hᵀ) + tr(WᵀW HHᵀ), computed without forming WH.
 */
function relativeError(X: SparseMatrix, W: Float64Array, Ht: Float64Array, k: number, normX2: number): number {
  const n = X.rows;
  let cross = 0;
  for (let r = 0; r < n; r++) {
    const wBase = r * k;
    for (let p = X.rowStart[r] as number; p < (X.rowStart[r + 1] as number); p++) {
      const hBase = (X.colIndex[p] as number) * k;
      let wh = 0;
      for (let j = 0; j < k; j++) wh += (W[wBase + j] as number) * (Ht[hBase + j] as number);
      cross += (X.values[p] as number) * wh;
    }
  }
  const WtW = gram(W, k, n);
  const HHt = gram(Ht, k, X.cols);
  let quad = 0;
  for (let i = 0; i < k * k; i++) quad += (WtW[i] as number) * (HHt[i] as number);
  const e2 = Math.max(0, normX2 - 2 * cross + quad);
  return normX2 > 0 ? Math.sqrt(e2 / normX2) : 0;
}

/** Ht (cols × k) → H (k × cols). */
function transpose(Ht: Float64Array, k: number, cols: number): Float64Array {
  const H = new Float64Array(k * cols);
  for (let c = 0; c < cols; c++) for (let j = 0; j < k; j++) H[j * cols + c] = Ht[c * k + j] as number;
  return H;
}
