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
  const Xt = transposeSparse(X);
  let previous = Infinity;
  let error = 1;
  let sweep = 0;
  while (sweep < maxSweeps) {
    updateW(X, W, Ht, k);
    updateH(X, Xt, W, Ht, k);
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
 * loop over the k topics reads contiguous memory. The products X Hᵀ and Xᵀ W are
 * summed in registers, eight (or four) topics at a time, in the order of X's
 * non-zeros: the same order, and so the same floating-point result, as adding each
 * term in place.
 */

/** HALS update of W's columns: W[:,j] ← max(ε, W[:,j] + ((X Hᵀ)[:,j] − W (H Hᵀ)[:,j]) / (H Hᵀ)[j,j]). */
function updateW(X: SparseMatrix, W: Float64Array, Ht: Float64Array, k: number): void {
  const n = X.rows;
  const XHt = new Float64Array(n * k);
  for (let r = 0; r < n; r++) sparseTimesDense(X.rowStart[r] as number, X.rowStart[r + 1] as number, X.colIndex, X.values, Ht, k, XHt, r * k);
  // H Hᵀ is symmetric: its column j is read as row j.
  const HHt = gram(Ht, k, X.cols);
  hals(W, n, XHt, HHt, k);
}

/** HALS update of H's rows, symmetric to updateW: uses Wᵀ X and Wᵀ W. */
function updateH(X: SparseMatrix, Xt: SparseMatrix, W: Float64Array, Ht: Float64Array, k: number): void {
  const m = X.cols;
  const XtW = new Float64Array(m * k);
  for (let c = 0; c < m; c++) sparseTimesDense(Xt.rowStart[c] as number, Xt.rowStart[c + 1] as number, Xt.colIndex, Xt.values, W, k, XtW, c * k);
  const WtW = gram(W, k, X.rows);
  hals(Ht, m, XtW, WtW, k);
}

/**
 * The HALS sweep over the k columns of A (rows × k, row-major), given P = the data times the
 * other factor and G = the other factor's Gram matrix (symmetric, so its column j is read as
 * row j). Column j's update of a row uses that row's columns already updated, and nothing of
 * other rows: rows are done one at a time, all k columns each, while the row is in cache.
 */
function hals(A: Float64Array, rows: number, P: Float64Array, G: Float64Array, k: number): void {
  const d = new Float64Array(k);
  for (let j = 0; j < k; j++) d[j] = Math.max(G[j * k + j] as number, EPS);
  for (let r = 0; r < rows; r++) {
    const base = r * k;
    for (let j = 0; j < k; j++) {
      const row = j * k;
      let ag = 0;
      for (let l = 0; l < k; l++) ag += (A[base + l] as number) * (G[row + l] as number);
      const next = (A[base + j] as number) + ((P[base + j] as number) - ag) / (d[j] as number);
      A[base + j] = next > EPS ? next : EPS;
    }
  }
}

/**
 * out[at + j] = Σ_p values[p] · D[index[p] · k + j] over p = from … to − 1, for j < k: one sparse
 * row times a dense row-major matrix, summed in p order.
 */
function sparseTimesDense(
  from: number,
  to: number,
  index: Int32Array,
  values: Float64Array,
  D: Float64Array,
  k: number,
  out: Float64Array,
  at: number,
): void {
  let j = 0;
  for (; j + 8 <= k; j += 8) {
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    let a4 = 0;
    let a5 = 0;
    let a6 = 0;
    let a7 = 0;
    for (let p = from; p < to; p++) {
      const v = values[p] as number;
      const b = (index[p] as number) * k + j;
      a0 += v * (D[b] as number);
      a1 += v * (D[b + 1] as number);
      a2 += v * (D[b + 2] as number);
      a3 += v * (D[b + 3] as number);
      a4 += v * (D[b + 4] as number);
      a5 += v * (D[b + 5] as number);
      a6 += v * (D[b + 6] as number);
      a7 += v * (D[b + 7] as number);
    }
    out[at + j] = a0;
    out[at + j + 1] = a1;
    out[at + j + 2] = a2;
    out[at + j + 3] = a3;
    out[at + j + 4] = a4;
    out[at + j + 5] = a5;
    out[at + j + 6] = a6;
    out[at + j + 7] = a7;
  }
  for (; j + 4 <= k; j += 4) {
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    for (let p = from; p < to; p++) {
      const v = values[p] as number;
      const b = (index[p] as number) * k + j;
      a0 += v * (D[b] as number);
      a1 += v * (D[b + 1] as number);
      a2 += v * (D[b + 2] as number);
      a3 += v * (D[b + 3] as number);
    }
    out[at + j] = a0;
    out[at + j + 1] = a1;
    out[at + j + 2] = a2;
    out[at + j + 3] = a3;
  }
  for (; j < k; j++) {
    let a = 0;
    for (let p = from; p < to; p++) a += (values[p] as number) * (D[(index[p] as number) * k + j] as number);
    out[at + j] = a;
  }
}

/** Xᵀ in the same layout (rows = X's columns), each row's entries in X's row order. */
export function transposeSparse(X: SparseMatrix): SparseMatrix {
  const rowStart = new Int32Array(X.cols + 1);
  for (const c of X.colIndex) rowStart[c + 1] = (rowStart[c + 1] as number) + 1;
  for (let c = 0; c < X.cols; c++) rowStart[c + 1] = (rowStart[c + 1] as number) + (rowStart[c] as number);
  const fill = rowStart.slice(0, X.cols);
  const colIndex = new Int32Array(X.colIndex.length);
  const values = new Float64Array(X.values.length);
  for (let r = 0; r < X.rows; r++)
    for (let p = X.rowStart[r] as number; p < (X.rowStart[r + 1] as number); p++) {
      const c = X.colIndex[p] as number;
      const at = fill[c] as number;
      fill[c] = at + 1;
      colIndex[at] = r;
      values[at] = X.values[p] as number;
    }
  return { rows: X.cols, cols: X.rows, rowStart, colIndex, values };
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
