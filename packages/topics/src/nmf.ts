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
}

const EPS = 1e-10;

export function nmf(X: SparseMatrix, k: number, options: NmfOptions = {}): Factorisation {
  const { rows: n, cols: m } = X;
  const random = seededRandom(options.seed ?? 1);
  const maxSweeps = options.maxSweeps ?? 200;
  const tolerance = options.tolerance ?? 1e-4;
  // Scale the random start to the data's mean so the first sweeps are not wasted.
  let total = 0;
  for (const v of X.values) total += v;
  const scale = Math.sqrt(total / Math.max(1, n * m) / Math.max(1, k));
  const W = new Float64Array(n * k).map(() => random() * scale);
  const H = new Float64Array(k * m).map(() => random() * scale);
  let normX2 = 0;
  for (const v of X.values) normX2 += v * v;

  let previous = Infinity;
  let error = 1;
  let sweep = 0;
  for (; sweep < maxSweeps; sweep++) {
    updateW(X, W, H, k);
    updateH(X, W, H, k);
    error = relativeError(X, W, H, k, normX2);
    if (previous - error < tolerance) break;
    previous = error;
  }
  return { W, H, k, error, sweeps: sweep + 1 };
}

/** HALS update of W's columns: W[:,j] ← max(0, W[:,j] + ((X Hᵀ)[:,j] − W (H Hᵀ)[:,j]) / (H Hᵀ)[j,j]). */
function updateW(X: SparseMatrix, W: Float64Array, H: Float64Array, k: number): void {
  const { rows: n, cols: m } = X;
  const XHt = new Float64Array(n * k);
  for (let r = 0; r < n; r++) {
    for (let p = X.rowStart[r] as number; p < (X.rowStart[r + 1] as number); p++) {
      const c = X.colIndex[p] as number;
      const v = X.values[p] as number;
      for (let j = 0; j < k; j++) XHt[r * k + j] = (XHt[r * k + j] as number) + v * (H[j * m + c] as number);
    }
  }
  const HHt = gram(H, k, m);
  for (let j = 0; j < k; j++) {
    const d = Math.max(HHt[j * k + j] as number, EPS);
    for (let r = 0; r < n; r++) {
      let wh = 0;
      for (let l = 0; l < k; l++) wh += (W[r * k + l] as number) * (HHt[l * k + j] as number);
      const next = (W[r * k + j] as number) + ((XHt[r * k + j] as number) - wh) / d;
      W[r * k + j] = next > EPS ? next : EPS;
    }
  }
}

/** HALS update of H's rows, symmetric to updateW: uses Wᵀ X and Wᵀ W. */
function updateH(X: SparseMatrix, W: Float64Array, H: Float64Array, k: number): void {
  const { rows: n, cols: m } = X;
  const WtX = new Float64Array(k * m);
  for (let r = 0; r < n; r++) {
    for (let p = X.rowStart[r] as number; p < (X.rowStart[r + 1] as number); p++) {
      const c = X.colIndex[p] as number;
      const v = X.values[p] as number;
      for (let j = 0; j < k; j++) WtX[j * m + c] = (WtX[j * m + c] as number) + v * (W[r * k + j] as number);
    }
  }
  const WtW = new Float64Array(k * k);
  for (let r = 0; r < n; r++)
    for (let a = 0; a < k; a++) {
      const wa = W[r * k + a] as number;
      for (let b = 0; b < k; b++) WtW[a * k + b] = (WtW[a * k + b] as number) + wa * (W[r * k + b] as number);
    }
  for (let j = 0; j < k; j++) {
    const d = Math.max(WtW[j * k + j] as number, EPS);
    for (let c = 0; c < m; c++) {
      let wh = 0;
      for (let l = 0; l < k; l++) wh += (WtW[j * k + l] as number) * (H[l * m + c] as number);
      const next = (H[j * m + c] as number) + ((WtX[j * m + c] as number) - wh) / d;
      H[j * m + c] = next > EPS ? next : EPS;
    }
  }
}

/** H Hᵀ (k × k) for H of k × m. */
function gram(H: Float64Array, k: number, m: number): Float64Array {
  const G = new Float64Array(k * k);
  for (let a = 0; a < k; a++)
    for (let b = a; b < k; b++) {
      let s = 0;
      for (let c = 0; c < m; c++) s += (H[a * m + c] as number) * (H[b * m + c] as number);
      G[a * k + b] = s;
      G[b * k + a] = s;
    }
  return G;
}

/**
 * ‖X − WH‖² = ‖X‖² − 2 tr(Wᵀ X Hᵀ) + tr(WᵀW HHᵀ), computed without forming WH.
 */
function relativeError(X: SparseMatrix, W: Float64Array, H: Float64Array, k: number, normX2: number): number {
  const { rows: n, cols: m } = X;
  let cross = 0;
  for (let r = 0; r < n; r++)
    for (let p = X.rowStart[r] as number; p < (X.rowStart[r + 1] as number); p++) {
      const c = X.colIndex[p] as number;
      let wh = 0;
      for (let j = 0; j < k; j++) wh += (W[r * k + j] as number) * (H[j * m + c] as number);
      cross += (X.values[p] as number) * wh;
    }
  const WtW = new Float64Array(k * k);
  for (let r = 0; r < n; r++)
    for (let a = 0; a < k; a++)
      for (let b = 0; b < k; b++) WtW[a * k + b] = (WtW[a * k + b] as number) + (W[r * k + a] as number) * (W[r * k + b] as number);
  const HHt = gram(H, k, m);
  let quad = 0;
  for (let i = 0; i < k * k; i++) quad += (WtW[i] as number) * (HHt[i] as number);
  const e2 = Math.max(0, normX2 - 2 * cross + quad);
  return normX2 > 0 ? Math.sqrt(e2 / normX2) : 0;
}
