export type { StoryDoc, Story, Topic, Entity, EntityKind } from "./types.js";
export { groupStories, type StoryOptions } from "./stories.js";
export { extractTopics, type TopicOptions, type TopicResult } from "./topics.js";
export { findEntities } from "./entities/find.js";
