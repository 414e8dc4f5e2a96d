export type { StoryDoc, Story, Topic, Entity, EntityKind } from "./types.js";
export { groupStories, type StoryOptions } from "./stories.js";
export { extractTopics, type TopicOptions, type TopicResult } from "./topics.js";
export { findEntities } from "./entities/find.js";
export { findRising, recentWindowDays, RISING_MIN_SCORE, type RisingItem, type RisingOptions, type RisingResult, type RisingSeries } from "./rising.js";
