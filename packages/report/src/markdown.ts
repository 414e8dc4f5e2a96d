/** The same document as Markdown (CommonMark + GFM tables) for chat and e-mail; article text is escaped. */
import type { Briefing } from "@mawjaz/briefing"
import { buildView, type RenderOptions } from "./view.js"

/** Backslash-escapes Markdown syntax so article text can never become markup, links or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(/[\\`*_{}[\]()<>#+\-!|~&]/g, (c) => `\\${c}`)
}

const e = escapeMarkdown

// escapeMarkdown trims, so the space between a context and its highlighted word is put back
const spaceAfter = (left: string) => (/\s$/.test(left) ? " " : "")
const spaceBefore = (right: string) => (/^\s/.test(right) ? " " : "")

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`), ""]
}

/** A reference as Markdown: the article number in brackets (escaped, so it is never a link). */
const ref = (r: { ref: string }) => `\\[${e(r.ref)}\\]`

/**
 * Every story with all its articles and every article in full, in the document's order of sections. Built from the
 * same view as the HTML, with its lookups by id, so the output grows linearly with the briefing.
 */
export function renderMarkdown(briefing: Briefing, options: RenderOptions = {}): string {
  const v = buildView(briefing, options, { chart: false, full: true })
  const L = v.labels
  const out: string[] = []
  out.push(`# ${e(v.title)}`, "", `*${e(L.kicker)}* · ${e(v.cover.period)}`, "")
  out.push(v.cover.stats.map((s) => `**${e(s.value)}** ${e(s.label)}`).join(" · "), "")
  out.push(`## ${e(L.cover.overview)}`, "")
  if (v.cover.stories.length === 0) {
    out.push(e(L.cover.noStories), "", ...v.cover.articles.map((a) => `- ${ref(a)} **${e(a.title)}** (${e(a.meta)})`), "")
  }
  for (const s of v.cover.stories) out.push(`- **${e(s.label)}** (${e(s.count)})${s.line ? `: ${e(s.line)}` : ""}`)
  if (v.cover.stories.length) out.push("")
  if (v.cover.keyphrases.length) out.push(`**${e(L.cover.leadingKeyphrases)}:** ${v.cover.keyphrases.map(e).join("، ")}`, "")
  if (v.cover.terms.length) out.push(`**${e(v.cover.termsLabel)}:** ${v.cover.terms.map((t) => `${e(t.term)} (${e(t.count)})`).join("، ")}`, "")

  const c = v.corpus
  out.push(`## ${e(L.corpus.title)}`, "", `**${e(c.facts)}**`, "", `${e(L.corpus.period)}: ${e(c.period)}${c.undated ? ` · ${e(c.undated)}` : ""}`, "")
  if (c.oneDay) out.push(e(c.oneDay), "")
  if (c.noDates) out.push(e(c.noDates), "")
  if (c.bars.length > 1) out.push(`**${e(c.chartCaption)}**`, "", ...table([e(L.articles.date), e(L.corpus.articles)], c.bars.map((b) => [e(b.label), e(b.value)])))
  if (c.sources.length) out.push(...table([L.corpus.source, L.corpus.articles, L.corpus.share].map(e), c.sources.map((s) => [s.source, s.articles, s.share].map(e))))
  else out.push(e(L.corpus.noSources), "")

  out.push(`## ${e(L.stories.title)}`, "", e(L.stories.intro), "")
  if (v.stories.length === 0) out.push(e(L.stories.none), "")
  for (const s of v.stories) {
    out.push(`### ${e(s.label)}`, "", `${e(L.stories.period)}: ${e(s.period)} · ${e(s.count)}${s.sources ? ` · ${e(L.stories.sources)}: ${e(s.sources)}` : ""}`, "")
    if (s.keyphrases.length) out.push(`${e(L.stories.keyphrases)}: ${s.keyphrases.map(e).join("، ")}`, "")
    if (s.summary.length) out.push(`**${e(L.stories.summary)}:** ${s.summary.map((x) => `${e(x.text)} ${ref(x)}`).join(" ")}`, "")
    for (const a of s.articles) out.push(`- ${e(a.date)}: ${ref(a)} ${e(a.title)}${a.source ? ` (${e(a.source)})` : ""}`)
    out.push("")
  }
  if (v.unassigned.length) {
    out.push(`**${e(L.stories.unassigned)}:**`, "", ...v.unassigned.map((a) => `- ${ref(a)} ${e(a.title)}`), "")
  }

  out.push(`## ${e(L.rising.title)}`, "")
  if (!v.rising.ok) out.push(e(v.rising.reason), "")
  else {
    out.push(e(v.rising.periods), "")
    if (v.rising.items.length === 0) out.push(e(L.rising.none), "")
    else out.push(...table(
      [L.rising.item, L.rising.kind, L.rising.recent, L.rising.earlier, L.rising.ratio].map(e),
      v.rising.items.map((r) => [r.label, r.kind, r.recent, r.earlier, r.ratio].map(e))
    ))
  }

  out.push(`## ${e(L.distinctive.title)}`, "")
  if (v.distinctive.length === 0) out.push(e(L.distinctive.none), "")
  else out.push(...table(
    [L.terms.rank, L.terms.term, L.distinctive.keyness, L.terms.count, L.terms.articles].map(e),
    v.distinctive.map((t) => [t.rank, t.term, t.keyness, t.count, t.articles].map(e))
  ))

  if (v.topics.length) {
    out.push(`## ${e(L.topics.title)}`, "")
    out.push(...table(
      [L.topics.theme, L.topics.size, L.topics.keyphrases, L.topics.examples].map(e),
      v.topics.map((t) => [e(t.label), e(t.size), e(t.keyphrases), t.examples.map(ref).join(" ") + (t.more ? ` ${e(t.more)}` : "")])
    ))
  }

  out.push(`## ${e(L.entities.title)}`, "")
  if (v.entities.length === 0) out.push(e(L.entities.none), "")
  else out.push(...table(
    [L.entities.name, L.entities.kind, L.entities.count, L.entities.articles].map(e),
    v.entities.map((x) => [e(x.name), e(x.kind), e(x.count), `${e(x.articleCount)}: ${x.articles.map(ref).join(" ")}${x.moreRefs ? " …" : ""}`])
  ))

  out.push(`## ${e(L.terms.title)}`, "")
  if (v.terms.rows.length === 0) out.push(e(L.terms.none), "")
  else out.push(...table(
    [L.terms.rank, L.terms.term, L.terms.count, L.terms.articles, L.terms.share].map(e),
    v.terms.rows.slice(0, 25).map((r) => [r.rank, r.term, r.count, r.articles, r.share].map(e))
  ))
  if (v.terms.keyphrases.length) {
    out.push(`### ${e(L.terms.keyphrases)}`, "")
    out.push(...table([L.terms.rank, L.terms.phrase, L.terms.score].map(e), v.terms.keyphrases.map((k) => [k.rank, k.phrase, k.score].map(e))))
  }
  if (v.terms.kwic.length) {
    out.push(`### ${e(L.terms.inContext)}`, "")
    for (const t of v.terms.kwic) {
      out.push(`**${e(t.term)}**`, "")
      for (const l of t.lines) out.push(`- ${e(l.left)}${spaceAfter(l.left)}**${e(l.match)}**${spaceBefore(l.right)}${e(l.right)} ${ref(l)}`)
      out.push("")
    }
  }

  out.push(`## ${e(L.articles.title)}`, "")
  if (v.articles.length === 0) out.push(e(L.articles.none), "")
  for (const a of v.articles) {
    out.push(`### ${e(a.ref)}. ${e(a.title)}`, "")
    if (a.titleIsLead) out.push(`*${e(L.articles.leadAsTitle)}*`, "")
    if (a.duplicateOf) out.push(`**${e(L.articles.duplicateOf)} ${ref(a.duplicateOf)}**`, "")
    if (a.copies.length) out.push(`**${e(L.articles.copies)}: ${a.copies.map(ref).join(" ")}**`, "")
    out.push(`${e(L.articles.source)}: ${e(a.source)} · ${e(L.articles.date)}: ${e(a.date)} · ${e(L.articles.words)}: ${e(a.words)}${a.story ? ` · ${e(L.articles.story)}: ${e(a.story.label)}` : ""}`, "")
    if (a.keywords.length) out.push(`${e(L.articles.keywords)}: ${a.keywords.map(e).join("، ")}`, "")
    for (const s of a.summary) out.push(`- ${e(s.text)} (¶ ${e(s.paragraph)})`)
    if (a.summary.length) out.push("")
    if (a.removed.length) {
      out.push(`${e(L.articles.removed)}:`, "")
      for (const r of a.removed) out.push(`- ${e(r.kind)}, ${e(L.articles.line)} ${e(r.line)}: ${e(r.text)}`)
      out.push("")
    }
  }

  out.push(`## ${e(L.appendix.title)}`, "", `### ${e(L.appendix.skipped)}`, "")
  if (v.appendix.skipped.length === 0) out.push(e(L.appendix.noneSkipped), "")
  else out.push(...table([L.appendix.path, L.appendix.reason].map(e), v.appendix.skipped.map((s) => [e(s.path + (s.line ? `:${s.line}` : "")), e(s.reason)])))
  out.push(`### ${e(L.appendix.method)}`, "")
  for (const m of v.appendix.methods) out.push(`- **${e(m.name)}**: ${m.lines.map(e).join(" ")}`)
  out.push("", `### ${e(L.appendix.versions)}`, "")
  for (const x of v.appendix.versions) out.push(`- ${e(x.name)}: ${e(x.value)}`)
  out.push("")
  return out.join("\n")
}
