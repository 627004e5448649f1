/**
 * The team overview: everyone at a glance, the heatmap of skill areas, and its PDF. What other features and the app frame may use of this feature; the rest is its own.
 */
export { TeamScreen } from './team-screen';
