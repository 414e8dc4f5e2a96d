import { describe, expect, it } from "vitest"
import { summarizeStory } from "../src/index.js"
import { rainArticle, rainArticle2 } from "./fixtures.js"

describe("summarizeStory", () => {
  const articles = [
    { id: "a", input: rainArticle },
    { id: "b", input: rainArticle2 },
  ]

  it("returns 2–3 sentences, each attributed to its article with offsets into that article", () => {
    const story = summarizeStory(articles)
    expect(story.length).toBeGreaterThanOrEqual(2)
    expect(story.length).toBeLessThanOrEqual(3)
    const byId = new Map(articles.map((a) => [a.id, a.input]))
    for (const s of story) expect(byId.get(s.article)!.slice(s.start, s.end)).toBe(s.text)
  })

  it("does not repeat the same fact from two sources", () => {
    const story = summarizeStory(articles, { sentences: 3 })
    const leads = story.filter((s) => s.text.startsWith("أغلقت السلطات المحلية"))
    expect(leads).toHaveLength(1)
  })

  it("draws from more than one article", () => {
    const story = summarizeStory(articles, { sentences: 3 })
    expect(new Set(story.map((s) => s.article)).size).toBe(2)
  })

  it("handles empty stories and empty articles", () => {
    expect(summarizeStory([])).toEqual([])
    expect(summarizeStory([{ id: "x", input: "" }])).toEqual([])
    expect(summarizeStory(articles, { sentences: 0 })).toEqual([])
  })

  it("is deterministic", () => {
    expect(summarizeStory(articles)).toEqual(summarizeStory(articles))
  })
})
