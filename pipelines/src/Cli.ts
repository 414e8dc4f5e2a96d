/**
 * The `mawjaz` commands. Each command parses its arguments and runs one program;
 * layers are provided and errors turned into messages in bin.ts.
 */
import { Args, Command, Options } from "@effect/cli"
import { FileSystem, Path } from "@effect/platform"
import { Console, Effect, Option } from "effect"
import { dirname, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { normalizeCommand, stemCommand, tokenizeCommand } from "./StdinCommands.js"
import { writeStderr } from "./Stdio.js"
import { VERSION } from "./version.js"

// The briefing and file commands load the article, analysis and report packages on demand,
// so that the stdin commands (normalize, tokenize, stem) start in a fraction of the time.
const briefingPipeline = Effect.promise(() => import("./BriefingPipeline.js"))
const fileCommands = Effect.promise(() => import("./FileCommands.js"))
const rendererLayer = Effect.promise(() => import("./Renderer.js"))

/** The product's own five articles, used when no input is given. */
export const DEFAULT_SEEDS = resolve(dirname(fileURLToPath(import.meta.url)), "../../seeds")

const paths = Args.text({ name: "PATH" }).pipe(
  Args.withDescription("Files or folders (searched recursively) of .txt, .md, .html, .htm, .jsonl or .jsonl.gz articles."),
  Args.repeated
)
const requiredPaths = Args.text({ name: "PATH" }).pipe(
  Args.withDescription("Files or folders (searched recursively) of .txt, .md, .html, .htm, .jsonl or .jsonl.gz articles."),
  Args.atLeast(1)
)
/** A count of 1 or more: 0 or a negative number is a usage error, not a silent empty result. */
const atLeastOne = (name: string) =>
  Options.filterMap((n: number) => (n >= 1 ? Option.some(n) : Option.none()), `--${name} must be 1 or more`)
const maxMb = Options.integer("max-mb").pipe(
  Options.withDescription("Skip files larger than this many megabytes (datasets in .jsonl are streamed and exempt)."),
  atLeastOne("max-mb"),
  Options.withDefault(5)
)
const concurrency = Options.integer("concurrency").pipe(
  Options.withDescription("How many files are read at once."),
  atLeastOne("concurrency"),
  Options.withDefault(8)
)
const json = Options.boolean("json").pipe(Options.withDescription("Write JSON instead of text."))

/** The PDF that --out names: a folder (one that exists, or written with a final slash) gets briefing.pdf inside it. */
const pdfPath = (out: string) =>
  Effect.gen(function* () {
    const fs = yield* FileSystem.FileSystem
    const path = yield* Path.Path
    const folder = /[\\/]$/.test(out) || (yield* fs.stat(out).pipe(Effect.map((info) => info.type === "Directory"), Effect.orElseSucceed(() => false)))
    if (folder) return path.join(out, "briefing.pdf")
    return out.toLowerCase().endsWith(".pdf") ? out : `${out}.pdf`
  })

const briefing = Command.make(
  "briefing",
  {
    paths,
    out: Options.text("out").pipe(
      Options.withDescription(
        "Where to write the PDF (a folder gets briefing.pdf inside it); the .html, .md and .json versions are written beside it."
      ),
      Options.withDefault("reports/briefing.pdf")
    ),
    title: Options.text("title").pipe(Options.withDescription("The briefing's title (default: the three leading keyphrases of the corpus)."), Options.optional),
    locale: Options.choice("locale", ["ar", "en"]).pipe(
      Options.withDescription("Language of the report's own labels; article text stays Arabic."),
      Options.withDefault("ar" as const)
    ),
    digits: Options.choice("digits", ["latin", "arabic"]).pipe(
      Options.withDescription("Digits for the report's own numbers: latin (0-9) or arabic (٠-٩)."),
      Options.withDefault("latin" as const)
    ),
    maxMb,
    concurrency
  },
  (args) =>
    Effect.gen(function* () {
      const { Renderer, RendererLive } = yield* rendererLayer
      const run = Effect.gen(function* () {
        // Chromium starts before the analysis modules load: its start-up is the longest wait of a run.
        yield* Effect.flatMap(Renderer, (renderer) => renderer.warmUp)
        const { makeBriefing } = yield* briefingPipeline
        return yield* makeBriefing({
          paths: args.paths.length ? args.paths : [DEFAULT_SEEDS],
          out: yield* pdfPath(args.out),
          title: Option.getOrUndefined(args.title),
          locale: args.locale,
          digits: args.digits,
          maxBytes: args.maxMb * 1024 * 1024,
          concurrency: Math.max(1, args.concurrency)
        })
      })
      const result = yield* Effect.provide(run, RendererLive)
      for (const s of result.skipped) {
        yield* writeStderr(`mawjaz: skipped ${s.line === undefined ? s.path : `${s.path}:${s.line}`}: ${s.reason}\n`)
      }
      yield* Console.log(
        `mawjaz: ${result.articles} article${result.articles === 1 ? "" : "s"} read, ${result.skipped.length} skipped, ` +
          `${result.pages} pages, ${result.seconds.toFixed(1)} s → ${result.outputs[0]} (also .html, .md, .json)`
      )
    })
).pipe(
  Command.withDescription(
    "Write a PDF briefing (with HTML, Markdown and JSON versions) of Arabic news articles. With no PATH, the five seed articles are used.\n" +
      "Example: mawjaz briefing news/ --out reports/today.pdf"
  )
)

const normalizeCmd = Command.make(
  "normalize",
  {
    profile: Options.choice("profile", ["search", "display"]).pipe(
      Options.withDescription("search: aggressive, for matching and counting; display: only cleans, keeps spelling."),
      Options.withDefault("search" as const)
    )
  },
  ({ profile }) => normalizeCommand(profile)
).pipe(Command.withDescription("Normalise Arabic text from stdin to stdout.\nExample: echo 'أَهْلاً بِكُمْ' | mawjaz normalize   →  اهلا بكم"))

const tokenizeCmd = Command.make(
  "tokenize",
  { normalized: Options.boolean("normalized").pipe(Options.withDescription("Print each token's normalised form.")) },
  ({ normalized }) => tokenizeCommand(normalized)
).pipe(Command.withDescription("Split text from stdin into word tokens, one a line.\nExample: echo 'زار كيم جونغ-أون موسكو.' | mawjaz tokenize"))

const stemCmd = Command.make(
  "stem",
  { root: Options.boolean("root").pipe(Options.withDescription("Give the root instead of the light stem.")) },
  ({ root }) => stemCommand(root)
).pipe(
  Command.withDescription(
    "Stem words from stdin, one word a line, one stem a line (a blank line gives a blank line).\nExample: printf 'والصواريخ\\nبالأسلحة\\n' | mawjaz stem"
  )
)

const keywords = Command.make(
  "keywords",
  {
    paths: requiredPaths,
    top: Options.integer("top").pipe(Options.withDescription("How many keyphrases per article."), atLeastOne("top"), Options.withDefault(10)),
    json,
    maxMb,
    concurrency
  },
  (args) => Effect.flatMap(fileCommands, ({ keywordsCommand }) => keywordsCommand({ ...args, maxBytes: args.maxMb * 1024 * 1024 }))
).pipe(
  Command.withDescription(
    'Keyphrases of each article, best first. With --json: { "<id>": ["keyphrase", ...] }.\nExample: mawjaz keywords seeds/ --top 5 --json'
  )
)

const summarizeCmd = Command.make(
  "summarize",
  {
    paths: requiredPaths,
    sentences: Options.integer("sentences").pipe(
      Options.withDescription("Summary length in sentences (default 3)."),
      atLeastOne("sentences"),
      Options.optional
    ),
    words: Options.integer("words").pipe(
      Options.withDescription("Summary length as a word budget (instead of --sentences)."),
      atLeastOne("words"),
      Options.optional
    ),
    json,
    maxMb,
    concurrency
  },
  (args) =>
    Effect.flatMap(fileCommands, ({ summarizeCommand }) => summarizeCommand({
      paths: args.paths,
      json: args.json,
      sentences: Option.getOrUndefined(args.sentences),
      words: Option.getOrUndefined(args.words),
      maxBytes: args.maxMb * 1024 * 1024,
      concurrency: args.concurrency
    }))
).pipe(
  Command.withDescription(
    'Extractive summary of each article. With --json: { "<id>": { "summary": [...], "ranked": [...] } }, each sentence { text, start, end, score }.\n' +
      "Example: mawjaz summarize seeds/ --sentences 2 --json"
  )
)

export const mawjaz = Command.make("mawjaz").pipe(
  Command.withDescription("Arabic news articles in, a PDF briefing out; and the text tools behind it."),
  Command.withSubcommands([briefing, normalizeCmd, tokenizeCmd, stemCmd, keywords, summarizeCmd])
)

export const cli = Command.run(mawjaz, { name: "mawjaz", version: VERSION })
