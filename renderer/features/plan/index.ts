/**
 * The growth plan, and the action list 1:1 notes share. What other features and the app frame may use of this feature; the rest is its own.
 */
export { ActionList } from './action-list';
export { PlanTab } from './plan-tab';
