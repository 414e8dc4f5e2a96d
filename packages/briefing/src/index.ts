export * from "./Briefing.js"
export * from "./analyseArticle.js"
export * from "./buildBriefing.js"
export * from "./termsInContext.js"
