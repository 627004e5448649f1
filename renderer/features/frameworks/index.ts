/**
 * The frameworks: the list, their source notes and actions, import and problems. What other features and the app frame may use of this feature; the rest is its own.
 */
export { AboutFramework } from './about-framework';
export { FrameworkActions } from './framework-actions';
export { FrameworkNav } from './framework-nav';
export { FrameworkProblems } from './framework-problems';
export { ImportFramework } from './import-framework';
