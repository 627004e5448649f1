/**
 * 1:1 notes. What other features and the app frame may use of this feature; the rest is its own.
 */
export { MeetingsTab } from './meetings-tab';
