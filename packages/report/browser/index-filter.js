// Filters the screen edition's article index by words, story, source and dates. The page is complete and readable
// without it (this script only hides index rows); the document's CSP allows exactly this script, by its hash.
(() => {
  const form = document.getElementById("index-filter")
  const list = document.getElementById("index-list")
  if (!form || !list) return
  const rowPx = Number(list.dataset.row) || 30
  const rows = Array.from(list.getElementsByClassName("ix"))
  const blocks = Array.from(list.children)
  // Arabic letters that are often written interchangeably, and the diacritics, are folded for the word search.
  const fold = (s) => s.toLowerCase().replace(/[\u064b-\u065f\u0670\u0640]/g, "").replace(/[أإآٱ]/g, "ا").replace(/ى/g, "ي").replace(/ة/g, "ه")
  let texts = null
  // What the word search looks in: the row (title, source, date, story) and the article's keywords.
  const rowText = (row) => {
    let text = ""
    for (const node of row.childNodes) {
      const details = node.nodeType === 1 && node.classList.contains("b")
      text += ` ${details ? node.querySelector(".kw")?.textContent ?? "" : node.textContent}`
    }
    return fold(text)
  }
  const digits = document.body.classList.contains("digits-arabic") ? "arab" : "latn"
  const number = new Intl.NumberFormat(`${document.documentElement.lang}-u-nu-${digits}`)
  const field = (name) => form.elements.namedItem(name)
  const apply = () => {
    const words = fold(field("q").value).split(/\s+/).filter(Boolean)
    const story = field("story").value, source = field("source").value
    const from = field("from").value, to = field("to").value
    const active = words.length > 0 || story !== "" || source !== "" || from !== "" || to !== ""
    if (words.length > 0 && texts === null) texts = rows.map(rowText)
    let shown = 0
    let i = 0
    for (const block of blocks) {
      let inBlock = 0
      for (const row of block.children) {
        const d = row.dataset
        const keep = !active || (
          (story === "" || (story === "-" ? d.s === undefined : d.s === story)) &&
          (source === "" || d.o === source) &&
          (from === "" || (d.d !== undefined && d.d >= from)) &&
          (to === "" || (d.d !== undefined && d.d <= to)) &&
          (words.length === 0 || words.every((w) => texts[i].includes(w))))
        if (row.hidden === keep) row.hidden = !keep
        if (keep) inBlock += 1
        i += 1
      }
      block.hidden = inBlock === 0
      // The placeholder height of a block that is not laid out yet follows the rows it still shows.
      block.style.containIntrinsicSize = `auto ${inBlock * rowPx}px`
      shown += inBlock
    }
    field("count").value = `${number.format(shown)} / ${number.format(rows.length)}`
  }
  let timer = 0
  form.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(apply, 150) })
  form.addEventListener("submit", (e) => { e.preventDefault(); apply() })
  form.hidden = false
})()
