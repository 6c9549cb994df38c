/** Scheduled posts into groups: slots, reminder plan, digest maths, results trigger and the use cases. */
export * from './model.ts';
export * from './ports.ts';
export * from './slots.ts';
export * from './reminder-plan.ts';
export * from './digest.ts';
export * from './results-trigger.ts';
export { runScheduleTick, type TickReport } from './run-schedule-tick.ts';
export { postResultsNow, type PostResultsReport } from './post-results-now.ts';
export { postNow } from './post-now.ts';
export { previewPosts } from './preview-posts.ts';
export { nextPosts, type NextPost } from './next-posts.ts';
