/**
 * The headless browser as a scoped resource: one Chromium per run, closed on every path
 * (success, failure, Ctrl-C). Puppeteer drives the system's Chromium; it never downloads one.
 */
import { Effect } from "effect"
import { accessSync, constants, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { BrowserNotFound, RenderFailed } from "./errors.js"

/** Where Chromium or Chrome usually lives, in the order tried when PUPPETEER_EXECUTABLE_PATH is not set. */
export const USUAL_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/snap/bin/chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium"
]

const isExecutable = (file: string) => {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

export const findChromium = (env: NodeJS.ProcessEnv = process.env): Effect.Effect<string, BrowserNotFound> => {
  const fromEnv = env.PUPPETEER_EXECUTABLE_PATH
  if (fromEnv) {
    return isExecutable(fromEnv) ? Effect.succeed(fromEnv) : Effect.fail(new BrowserNotFound({ tried: [fromEnv], fromEnv: true }))
  }
  const found = USUAL_PATHS.find(isExecutable)
  return found ? Effect.succeed(found) : Effect.fail(new BrowserNotFound({ tried: USUAL_PATHS, fromEnv: false }))
}

/**
 * Where the browser's throwaway profile goes: PUPPETEER_TMP_DIR when set (Puppeteer's own setting), else
 * memory (/dev/shm) where the system has it, else the temporary directory. Chromium writes a fresh profile
 * at every start; in memory that takes ~0.1 s less than on disk here, and nothing of it outlives the run.
 */
export const profileRoot = (env: NodeJS.ProcessEnv = process.env): string => {
  if (env.PUPPETEER_TMP_DIR) return env.PUPPETEER_TMP_DIR
  try {
    if (process.platform === "linux") {
      accessSync("/dev/shm", constants.W_OK)
      return "/dev/shm"
    }
  } catch {
    // no memory file system: use the temporary directory
  }
  return tmpdir()
}

const makeProfile = (): string => {
  try {
    return mkdtempSync(join(profileRoot(), "mawjaz-chromium-"))
  } catch {
    return mkdtempSync(join(tmpdir(), "mawjaz-chromium-"))
  }
}

const removeProfile = (dir: string): void => {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 })
  } catch {
    // a profile left in a temporary directory is harmless; the briefing itself is done
  }
}

const launch = (userDataDir: string) => Effect.gen(function* () {
  const executablePath = yield* findChromium()
  // Loaded on demand: the text commands never pay for Puppeteer's start-up.
  const puppeteer = yield* Effect.promise(() => import("puppeteer"))
  const { CHROMIUM_ARGS } = yield* Effect.promise(() => import("@mawjaz/report"))
  const asRoot = typeof process.getuid === "function" && process.getuid() === 0
  return yield* Effect.tryPromise({
    try: () =>
      puppeteer.default.launch({
        executablePath,
        userDataDir,
        headless: true,
        // No start-up timer: a timer runs on this thread, and a busy moment here (a large corpus being handed to
        // the workers) could make it fire although Chromium is fine. A Chromium that dies ends the wait anyway.
        timeout: 0,
        // The report's flags suit a closed, headless machine; the sandbox is dropped only as root,
        // where Chromium refuses to start with it.
        args: CHROMIUM_ARGS.filter((flag) => asRoot || flag !== "--no-sandbox"),
        // The CLI handles Ctrl-C itself and closes the browser through the scope.
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false
      }),
    catch: (cause) => new RenderFailed({ stage: `starting ${executablePath}`, cause })
  })
})

/**
 * The document is already printed when the browser is released, so nothing in it needs a graceful
 * shutdown: the process is killed, which is ~200 ms faster than Browser.close.
 */
const closeFast = async (browser: import("puppeteer").Browser) => {
  const child = browser.process()
  if (!child || child.exitCode !== null) return browser.close()
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()))
  await browser.disconnect()
  killTree(child)
  await exited
}

/**
 * Puppeteer starts Chromium as the leader of its own process group (outside Windows): killing the group
 * stops its helper processes too, so none is left writing into the profile that is removed next.
 */
const killTree = (child: import("node:child_process").ChildProcess) => {
  if (process.platform !== "win32" && child.pid !== undefined) {
    try {
      process.kill(-child.pid, "SIGKILL")
      return
    } catch {
      // not a group leader after all: kill the process itself
    }
  }
  child.kill("SIGKILL")
}

/** One browser, closed when the surrounding scope closes, whatever happened. */
export const launchBrowser = Effect.acquireRelease(
  // The profile and the browser are one resource: the profile is removed only once Chromium is gone, even
  // when the run ends while Chromium is still starting (a background start is not cut short).
  Effect.try({ try: makeProfile, catch: (cause) => new RenderFailed({ stage: "creating the browser's profile", cause }) }).pipe(
    Effect.flatMap((profile) =>
      launch(profile).pipe(
        Effect.map((browser) => ({ browser, profile })),
        Effect.onError(() => Effect.sync(() => removeProfile(profile)))
      )
    )
  ),
  ({ browser, profile }) =>
    Effect.promise(() => closeFast(browser)).pipe(Effect.ignore, Effect.andThen(Effect.sync(() => removeProfile(profile))))
).pipe(Effect.map(({ browser }) => browser))
